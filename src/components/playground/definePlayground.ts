// <sf-playground>: the island of /play/ and /play/embed/. Orchestrates state (src/playgroundState/), the lab and the
// outputs; the two worlds meet in run(): the client's choices sign, the Host names AWS's endpoint.
import { createDefaultScenario, createDefaultWorld, createFrontDoorScenario, EXAMPLE_SERVER_NOW, getFault, getFrontDoor, MAX_BODY_BYTES, runScenario } from "../../lab/index.ts";
import type { Scenario, ScenarioResult } from "../../lab/index.ts";
import { applyTokenState, createShareLink, findRealLookingKeys, parseShareLink, restoreCredentials } from "../../playgroundState/index.ts";
import type { Preset, ExampleIdentity, PlaygroundState, PresetRef } from "../../playgroundState/index.ts";
import { applyHostEndpoint, isRegionName } from "./applyHostEndpoint.ts";
import type { HostEndpoint } from "./applyHostEndpoint.ts";
import { DEBOUNCE_MS, FLASH_MS, PRESIGN_DEFAULT_SECONDS } from "./constants.ts";
import type { EditorHandle } from "./createMonacoEditor.ts";
import { describeClocks } from "./describeClocks.ts";
import { describeIdentity } from "./describeIdentity.ts";
import { keepAnswerInView } from "./keepAnswerInView.ts";
import { mountEditor } from "./mountEditor.ts";
import { readControls } from "./readControls.ts";
import type { ControlProblems } from "./readControls.ts";
import { renderProblem, renderResult } from "./renderResult.ts";
import type { Outputs } from "./renderResult.ts";
import { wireSdkOutput } from "./wireSdkOutput.ts";
import { wireTimeline } from "./wireTimeline.ts";
import type { TimelineHandle } from "./wireTimeline.ts";
import { writeControls } from "./writeControls.ts";

const DEFAULT_SERVICE = "sts";

const IDENTITIES = createDefaultWorld(new Date(EXAMPLE_SERVER_NOW)).identities;
const EXAMPLES: ExampleIdentity[] = IDENTITIES.map(({ accessKeyId, secretAccessKey, sessionToken }) => ({
  accessKeyId,
  secretAccessKey,
  ...(sessionToken !== undefined ? { sessionToken } : {}),
}));
// The documented expired identity: the temporary one that expires first.
const EXPIRED = EXAMPLES[
  IDENTITIES.reduce((best, identity, i) => (identity.expiresAt && (best < 0 || identity.expiresAt < IDENTITIES[best]!.expiresAt!) ? i : best), -1)
]!;

/** The preset's scenario exactly as the guides build it: the service's sample request, then each fault in order. */
function buildPreset(ref: PresetRef): Scenario | string {
  const door = ref.frontDoor === undefined ? undefined : getFrontDoor(ref.frontDoor);
  let scenario = door ? createFrontDoorScenario(door, EXAMPLE_SERVER_NOW) : createDefaultScenario(ref.service, EXAMPLE_SERVER_NOW);
  for (const id of ref.faults) {
    const fault = getFault(id);
    if (!fault) return `the fault “${id}” is not one the lab knows`;
    if (fault.frontDoor !== undefined && fault.frontDoor !== ref.frontDoor) return `the fault “${id}” applies only at ${fault.frontDoor}`;
    scenario = fault.apply(scenario);
  }
  return scenario;
}

const defaultState = (): PlaygroundState => ({ preset: null, scenario: createDefaultScenario(DEFAULT_SERVICE, EXAMPLE_SERVER_NOW), tokenState: "valid" });

/** The state a fragment asks for, the preset's own scenario, and the notes the reader must see. */
function stateFromHash(hash: string): { state: PlaygroundState; presetScenario: Scenario | null; notes: string[] } {
  const link = parseShareLink(hash);
  if (link === null) return { state: defaultState(), presetScenario: null, notes: [] };
  if (!link.ok) return { state: defaultState(), presetScenario: null, notes: [link.note] };
  const preset = link.version === 0 ? link.preset : link.payload.preset;
  const presetScenario = preset ? buildPreset(preset) : null;
  if (typeof presetScenario === "string") {
    return { state: defaultState(), presetScenario: null, notes: [`This link could not be read: ${presetScenario}. Showing the default scenario.`] };
  }
  if (link.version === 0) return { state: { preset, scenario: presetScenario!, tokenState: "valid" }, presetScenario, notes: [] };
  const restored = restoreCredentials(link.payload.credentials, { examples: EXAMPLES, presetScenario });
  return {
    state: { preset, scenario: { ...link.payload.scenario, credentials: restored.credentials }, tokenState: link.payload.tokenState },
    presetScenario,
    notes: restored.notes,
  };
}

/** A service's sample request, on the client's region when it is a region name (so a switch keeps working). */
function sampleFor(service: Scenario["service"], keep: Scenario): Scenario {
  const sample = createDefaultScenario(service, EXAMPLE_SERVER_NOW);
  const request = isRegionName(keep.region) ? sample.request.replace(".us-east-1.amazonaws.com", `.${keep.region}.amazonaws.com`) : sample.request;
  const { region, credentials, clockSkewSeconds, mode } = keep;
  return { ...sample, request, region, credentials, clockSkewSeconds, mode };
}

/** "sts in us-east-1", and how the Host said so. */
function describeEndpoint(endpoint: HostEndpoint | null): string {
  if (!endpoint) return "(the request does not parse)";
  const where = {
    host: "",
    global: " (a global endpoint)",
    "not-aws": ` (the Host \`${endpoint.host.slice(0, 60)}\` is not an AWS name: answered as us-east-1)`,
    local: " (DynamoDB Local takes any region)",
    "no-such-region": " (no such Region)",
  }[endpoint.regionFrom];
  const door = endpoint.frontDoor === undefined ? undefined : getFrontDoor(endpoint.frontDoor);
  return `${door ? door.title : endpoint.service} in ${endpoint.region}${door ? "" : where}`;
}

/** No answer at all: the Host names a region that does not exist, so the connection fails before AWS sees anything. */
function unreachable(endpoint: HostEndpoint | null): string | null {
  if (endpoint?.regionFrom !== "no-such-region") return null;
  return `\`${endpoint.host.slice(0, 80)}\` names no AWS Region (\`${endpoint.region.slice(0, 40)}\`), so the name does not resolve: your SDK fails to connect (a DNS error) and AWS never answers. Put a Region such as us-east-1 in the Host.`;
}

class SfPlayground extends HTMLElement {
  private state: PlaygroundState = defaultState();
  private presetScenario: Scenario | null = null;
  private presets: Preset[] = [];
  private editor: EditorHandle | null = null;
  private runs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private form!: HTMLFormElement;
  private textarea!: HTMLTextAreaElement;
  private requestEdited = false;
  private out!: Outputs & Record<"client-clock" | "identity" | "endpoint" | "expires-note" | "local-note" | "server-clock", HTMLElement>;
  private timeline: TimelineHandle | null = null;
  private showSdk: ReturnType<typeof wireSdkOutput> | null = null;

  connectedCallback(): void {
    void this.start();
  }

  /** Finds the parts, loads the state from the fragment, runs the lab once, then swaps in Monaco. */
  private async start(): Promise<void> {
    this.form = this.querySelector("form")!;
    this.out = Object.fromEntries([...this.querySelectorAll<HTMLElement>("[data-out]")].map((el) => [el.dataset.out, el])) as typeof this.out;
    this.presets = JSON.parse(this.querySelector("script[data-presets]")!.textContent ?? "[]") as Preset[];
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("change", (event) => this.onControl(event));
    this.form.addEventListener("input", (event) => this.onControl(event));
    this.querySelector("[data-copy]")!.addEventListener("click", () => void this.copyLink());
    this.querySelector("[data-tab-toggle]")!.addEventListener("click", () => this.editor?.toggleTabFocus());
    addEventListener("hashchange", () => this.load(location.hash));
    if (this.dataset.layout === "embed") keepAnswerInView(this);
    this.timeline = wireTimeline(this.querySelector("[data-slot=timeline]")!, (skewSeconds, serverNow) => this.onTimeline(skewSeconds, serverNow));
    this.showSdk = wireSdkOutput(this.querySelector("[data-slot=sdk-output]")!);

    this.textarea = this.querySelector<HTMLTextAreaElement>("#sf-request")!;
    const onEdit = () => {
      this.requestEdited = true;
      this.schedule();
    };
    this.textarea.addEventListener("input", onEdit);
    this.load(location.hash);
    await this.run();
    this.dataset.firstVerdictMs = performance.now().toFixed(0);
    // The answer paints first; Monaco (megabytes to parse) comes after, in place of the working textarea.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    this.editor = await mountEditor(this.textarea, this.querySelector("[data-monaco]")!, this.querySelector("[data-tab-hint]")!, onEdit);
    this.editor.setValue(this.syncState());
    this.dataset.state = "ready";
  }

  /** Replaces the whole state from a fragment (first load, or a link pasted into this tab). */
  private load(hash: string): void {
    const { state, presetScenario, notes } = stateFromHash(hash);
    this.setState(state, presetScenario);
    this.note("link", notes.join(" "));
    if (this.dataset.state === "ready") void this.run();
  }

  private setState(state: PlaygroundState, presetScenario: Scenario | null): void {
    this.state = state;
    this.presetScenario = presetScenario;
    this.requestEdited = false;
    writeControls(this.form, state, this.presets);
    this.textarea.value = state.scenario.request;
    this.editor?.setValue(state.scenario.request);
    this.showExtras(state.scenario);
  }

  /** A preset or a service switch replaces the scenario; any other control just reruns the lab. */
  private onControl(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.name === "preset") {
      if (event.type !== "change" || target.value === "") return;
      const preset = this.presets.find((p) => p.id === target.value);
      const scenario = preset ? buildPreset(preset.ref) : "unknown preset";
      if (typeof scenario === "string") return this.note("input", `That preset could not be built: ${scenario}.`);
      this.setState({ preset: preset!.ref, scenario, tokenState: "valid" }, scenario);
      return void this.run();
    }
    if (target.name === "service") {
      if (event.type !== "change") return;
      this.syncState();
      this.setState({ preset: null, scenario: sampleFor(target.value as Scenario["service"], this.state.scenario), tokenState: this.state.tokenState }, null);
      return void this.run();
    }
    this.schedule();
  }

  /** A drag on the timeline: the request time moves the skew, the server handle moves AWS's clock; runs at once. */
  private onTimeline(skewSeconds: number, serverNow: string): void {
    (this.form.elements.namedItem("skew") as HTMLInputElement).value = String(Math.round((skewSeconds / 60) * 100) / 100);
    this.state = { ...this.state, scenario: { ...this.state.scenario, serverNow } };
    clearTimeout(this.timer);
    void this.run();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Reads the controls, joins the two worlds, runs the lab, and shows the outcome; a stale run never wins. */
  private async run(): Promise<void> {
    const started = performance.now();
    const request = this.syncState();
    const run = ++this.runs;
    const signedAs = applyTokenState(this.state.scenario, this.state.tokenState, { expired: EXPIRED });
    this.out.identity.textContent = describeIdentity(this.state.scenario.credentials, signedAs.credentials, this.state.tokenState, { identities: IDENTITIES, serverNow: signedAs.serverNow }).replace(/`/g, "");
    let scenario = signedAs;
    let noEndpoint: string | null = null;
    let result: ScenarioResult;
    if (request.length > 2 * MAX_BODY_BYTES) {
      result = { error: `The request is ${(request.length / 1048576).toFixed(1)} MB; the lab takes bodies up to ${MAX_BODY_BYTES / 1048576} MiB, as AWS's front door limits them too.` };
      this.out.endpoint.textContent = "(no endpoint: the request is too large to read)";
    } else {
      try {
        const joined = applyHostEndpoint(signedAs);
        scenario = joined.scenario;
        this.out.endpoint.textContent = describeEndpoint(joined.endpoint);
        noEndpoint = unreachable(joined.endpoint);
        result = noEndpoint ? { error: noEndpoint } : await runScenario(scenario);
      } catch (error) {
        result = { error: `The lab could not handle this input (${error instanceof Error ? error.message : String(error)}). Change the request and try again.` };
      }
    }
    if (run !== this.runs) return;
    const verdictBefore = this.out.verdict.textContent;
    if ("error" in result) renderProblem(this.out, result.error, noEndpoint ? "(no response: the request never reaches AWS)" : undefined);
    else renderResult(this.out, result);
    if (verdictBefore !== "" && verdictBefore !== this.out.verdict.textContent) this.flash(this.out["verdict-box"]);
    this.note("input", "error" in result && !noEndpoint ? result.error : "");
    const keys = findRealLookingKeys([scenario.credentials.accessKeyId, request.slice(0, 65536)], EXAMPLES.map((e) => e.accessKeyId));
    this.note(
      "real-key",
      keys.length
        ? `${keys.join(", ")} looks like a real AWS access key. Nothing leaves your browser: the lab signs and checks here, with no request to AWS or anyone. If you pasted this key anywhere else, rotate it.`
        : "",
    );
    this.timeline?.show(scenario, IDENTITIES);
    this.showSdk?.(result, scenario);
    this.dataset.updateMs = (performance.now() - started).toFixed(1);
    this.dataset.runs = String(run);
    this.dispatchEvent(new CustomEvent("sf-run", { detail: { scenario, result } }));
  }

  /** Reads the controls and the editor into the state now (a pending debounced run may not have happened yet). */
  private syncState(): string {
    // Until the reader edits it, the request is the state's own text: textareas turn CRLF into LF.
    const request = !this.requestEdited ? this.state.scenario.request : this.editor ? this.editor.getValue() : this.textarea.value;
    const { state, problems } = readControls(this.form, this.state, request);
    this.state = state;
    this.showControlNotes(state.scenario, problems);
    return request;
  }

  /** Field notes: what each control does now, why one is off, and what was typed that cannot be used. */
  private showControlNotes(s: Scenario, problems: ControlProblems): void {
    const skew = this.form.elements.namedItem("skew") as HTMLInputElement;
    skew.setAttribute("aria-invalid", String(!!problems.skew));
    this.out["client-clock"].textContent = problems.skew ?? describeClocks(s.serverNow, s.clockSkewSeconds);
    this.out["server-clock"].textContent = `${s.serverNow.replace("T", " ").replace("Z", " UTC")}${s.serverNow === EXAMPLE_SERVER_NOW ? "" : " (moved on the timeline)"}`;
    const expires = this.form.elements.namedItem("expiresIn") as HTMLInputElement;
    expires.disabled = s.mode !== "query";
    expires.setAttribute("aria-invalid", String(!!problems.expiresIn));
    this.out["expires-note"].textContent =
      s.mode !== "query"
        ? "Off: only a presigned URL expires. Choose “Presigned URL” to set it."
        : (problems.expiresIn ?? (s.expiresIn === undefined ? `Empty: ${PRESIGN_DEFAULT_SECONDS} s, the signer's default, is used.` : `The URL is signed for ${s.expiresIn} s.`));
    const local = this.form.elements.namedItem("dynamodbLocal") as HTMLInputElement;
    local.disabled = s.service !== "dynamodb";
    this.out["local-note"].textContent = local.disabled
      ? "Off: DynamoDB Local emulates DynamoDB only. Choose the DynamoDB service to use it."
      : "Answers as DynamoDB Local 2.x on your machine, instead of AWS.";
  }

  /** Puts a secret-free link on the clipboard, and in a field to copy by hand when the clipboard is refused. */
  private async copyLink(): Promise<void> {
    this.syncState();
    const link = createShareLink(this.state, { examples: EXAMPLES, presetScenario: this.presetScenario });
    const field = this.querySelector<HTMLInputElement>("[data-link]")!;
    if (!link.ok) return this.note("link", link.error);
    const url = `${location.origin}/play/#${link.fragment}`;
    field.value = url;
    field.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      field.select();
    }
    const left = link.leftOut.length ? ` It leaves out ${link.leftOut.join(", ")}: whoever opens it will be told.` : " It carries no secret: example identities travel by name.";
    this.note("link", `${copied ? "Link copied to the clipboard." : "Copy the link from the field below."}${left}`);
  }

  /** Lists what a preset set that has no control of its own, so nothing changes the result unseen. */
  private showExtras(s: Scenario): void {
    const door = s.frontDoor === undefined ? undefined : getFrontDoor(s.frontDoor);
    const extras = [
      door ? `the request goes to the front door “${door.title}” (signing name ${door.signingName})` : "",
      s.afterSigning?.host ? `on the way, the Host becomes ${s.afterSigning.host}` : "",
      s.afterSigning?.target ? `on the way, the path becomes ${s.afterSigning.target}` : "",
      s.afterSigning?.dropHeaders?.length ? `on the way, ${s.afterSigning.dropHeaders.join(", ")} is dropped` : "",
      ...(s.afterSigning?.setHeaders ?? []).map(([name, value]) => `on the way, the client sends ${name}: ${value}`),
      s.afterSigning?.body !== undefined ? `the client sends another body (${s.afterSigning.body.length} characters)` : "",
      s.applyChecksum === false ? "the client does not sign x-amz-content-sha256" : "",
      s.signingService ? `the client signs for the service “${s.signingService}”` : "",
      s.encodePathOnce ? "the path is encoded once, S3-style" : "",
      s.leaveHeaderUnsigned ? `${s.leaveHeaderUnsigned} is left out of SignedHeaders` : "",
      s.tokenAfterSigning ? "the session token is added after signing" : "",
      s.skipSigning ? "the request is sent without a signature" : "",
    ].filter(Boolean);
    const el = this.querySelector<HTMLElement>("[data-extras]")!;
    el.textContent = extras.length ? `Also set by this preset: ${extras.join("; ")}.` : "";
    el.hidden = extras.length === 0;
  }

  /** Marks an element for a moment (a changed verdict). */
  private flash(element: HTMLElement): void {
    element.classList.remove("sf-flash");
    void element.offsetWidth;
    element.classList.add("sf-flash");
    setTimeout(() => element.classList.remove("sf-flash"), FLASH_MS);
  }

  private note(kind: "link" | "real-key" | "input", text: string): void {
    const el = this.querySelector<HTMLElement>(`[data-note="${kind}"]`)!;
    el.textContent = text;
    el.hidden = text === "";
  }
}

if (!customElements.get("sf-playground")) customElements.define("sf-playground", SfPlayground);
