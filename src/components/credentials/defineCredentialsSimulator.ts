// <sf-credentials>: the island of /credentials/. Reads the inputs, masks secrets, runs the credential chain of all
// four SDKs (src/credentialChain, through its index.ts), renders the chosen SDK and the comparison, and builds the
// two links: the page's own (secrets as placeholders) and the playground's (the playground's own #v1= format).
import { resolveAllSdks, SDK_IDS } from "../../credentialChain/index.ts";
import type { ChainResult, SdkId } from "../../credentialChain/index.ts";
import type { ExampleIdentity } from "../../playgroundState/index.ts";
import { toChainInput } from "../../guides/toChainInput.ts";
import { checkInputText } from "./checkInputText.ts";
import type { Handoff } from "./createPlaygroundHandoff.ts";
import { maskSecrets } from "./maskSecrets.ts";
import type { SecretVault } from "./maskSecrets.ts";
import { parseEnvText } from "./parseEnvText.ts";
import { parseSimulatorLink } from "./parseSimulatorLink.ts";
import { el, renderComparison, renderTrace, renderVerdict } from "./renderChainResults.ts";
import type { CredentialPreset, SimulatorInputs } from "./types.ts";

const DEBOUNCE_MS = 80;
const HOME = "/home/user";
/** The lab and the playground's link builder load only when a hand-off link is first needed: the answer paints first. */
let handoffModule: Promise<typeof import("./createPlaygroundHandoff.ts")> | undefined;
const loadHandoff = () => (handoffModule ??= import("./createPlaygroundHandoff.ts"));

const FIELDS = [
  ["envText", "env", "The environment"],
  ["config", "ini", "~/.aws/config"],
  ["credentials", "ini", "~/.aws/credentials"],
] as const;

/** Masks every line but the one being typed on, and keeps the caret where it was (line and column). */
function maskKeepingCaret(area: HTMLTextAreaElement, kind: "env" | "ini", vault: SecretVault, all: boolean): void {
  const before = area.value;
  const caret = area.selectionStart;
  const caretLine = before.slice(0, caret).split("\n").length - 1;
  const column = caret - (before.lastIndexOf("\n", caret - 1) + 1);
  const lines = before.split("\n");
  const masked = lines.map((line, i) => (!all && i === caretLine ? line : maskSecrets(line, kind, vault)));
  const after = masked.join("\n");
  if (after === before) return;
  area.value = after;
  const start = masked.slice(0, caretLine).reduce((n, line) => n + line.length + 1, 0);
  const at = start + Math.min(column, masked[caretLine]!.length);
  if (document.activeElement === area) area.setSelectionRange(at, at);
}

class SfCredentials extends HTMLElement {
  private presets: CredentialPreset[] = [];
  /** The lab's documented example identities, from the page (so links can name them instead of carrying values). */
  private examples: ExampleIdentity[] = [];
  private vault: SecretVault = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private q<T extends Element>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  connectedCallback(): void {
    try {
      this.presets = JSON.parse(this.dataset.presets ?? "[]") as CredentialPreset[];
      this.examples = JSON.parse(this.dataset.examples ?? "[]") as ExampleIdentity[];
    } catch {
      this.presets = [];
    }
    this.wire();
    this.loadFromHash(location.hash);
    window.addEventListener("hashchange", () => this.loadFromHash(location.hash));
    this.dataset.state = "ready";
  }

  private area(name: (typeof FIELDS)[number][0]): HTMLTextAreaElement {
    return this.q(`[name="${name}"]`);
  }

  private wire(): void {
    // Enter in the profile field must not reload the page (and lose the inputs); a listener, so no page needs 'unsafe-hashes'.
    this.q<HTMLFormElement>("form.sf-cred-inputs").addEventListener("submit", (event) => event.preventDefault());
    for (const [name, kind] of FIELDS) {
      const area = this.area(name);
      area.addEventListener("input", (event) => {
        const pasted = (event as InputEvent).inputType?.startsWith("insertFrom") ?? false;
        if (area.value.length <= 256 * 1024) maskKeepingCaret(area, kind, this.vault, pasted);
        this.schedule();
      });
      area.addEventListener("blur", () => {
        if (area.value.length <= 256 * 1024) maskKeepingCaret(area, kind, this.vault, true);
        this.schedule();
      });
    }
    this.q<HTMLInputElement>('[name="profile"]').addEventListener("input", () => this.schedule());
    this.q<HTMLSelectElement>('[name="surroundings"]').addEventListener("change", () => this.run());
    for (const radio of this.querySelectorAll<HTMLInputElement>('[name="sdk"]')) {
      radio.addEventListener("change", () => {
        this.sdkChosen = true;
        this.run();
      });
    }
    this.q<HTMLSelectElement>('[name="preset"]').addEventListener("change", (event) => {
      const preset = this.presets.find((p) => p.id === (event.target as HTMLSelectElement).value);
      if (preset) this.loadPreset(preset);
    });
    this.q<HTMLButtonElement>("[data-share]").addEventListener("click", () => void this.share());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  private loadFromHash(hash: string): void {
    const link = parseSimulatorLink(hash, this.examples);
    const note = this.q<HTMLElement>("[data-link-note]");
    note.textContent = link && !link.ok ? link.note : "";
    if (link?.ok && link.kind === "inputs") {
      this.vault = link.vault;
      this.sdkChosen = true;
      this.write(link.inputs);
      note.textContent = "Opened from a link: secrets and tokens are placeholders (‹secret N›). Documented example values came back by reference; any other secret stays a placeholder, which is all the simulation needs.";
      this.run();
      return;
    }
    const wanted = link?.ok && link.kind === "preset" ? link.presetId : undefined;
    const preset = this.presets.find((p) => p.id === wanted) ?? this.presets[0];
    if (wanted && !this.presets.some((p) => p.id === wanted)) note.textContent = `No preset is called “${wanted}”: showing the first preset.`;
    if (preset) this.loadPreset(preset);
  }

  private loadPreset(preset: CredentialPreset): void {
    this.vault = [];
    const envText = Object.entries(preset.env).map(([k, v]) => `${k}=${v}`).join("\n");
    this.write({
      sdk: this.read().sdk,
      envText: maskSecrets(envText, "env", this.vault),
      config: maskSecrets(preset.config, "ini", this.vault),
      credentials: maskSecrets(preset.credentials, "ini", this.vault),
      profile: preset.profile ?? "",
      surroundings: preset.surroundings,
      ssoCache: preset.ssoCache,
      now: preset.now,
    });
    this.q<HTMLSelectElement>('[name="preset"]').value = preset.id;
    this.run();
  }

  private ssoCache: SimulatorInputs["ssoCache"] = [];
  /** Whether the reader (or a link) picked the SDK. */
  private sdkChosen = false;
  private now = "2026-06-01T12:00:00Z";

  private write(inputs: SimulatorInputs): void {
    this.area("envText").value = inputs.envText;
    this.area("config").value = inputs.config;
    this.area("credentials").value = inputs.credentials;
    this.q<HTMLInputElement>('[name="profile"]').value = inputs.profile;
    this.q<HTMLSelectElement>('[name="surroundings"]').value = inputs.surroundings;
    const radio = this.q<HTMLInputElement>(`[name="sdk"][value="${inputs.sdk}"]`);
    if (radio) radio.checked = true;
    this.ssoCache = inputs.ssoCache;
    this.now = inputs.now;
    const sso = this.q<HTMLElement>("[data-sso]");
    sso.hidden = inputs.ssoCache.length === 0;
    sso.textContent = inputs.ssoCache.length
      ? `SSO token cache (from the preset): ${inputs.ssoCache.map((t) => `${t.key} expires ${t.expiresAt}`).join("; ")}. Simulated time: ${inputs.now}.`
      : "";
  }

  private read(): SimulatorInputs {
    const sdk = (this.querySelector<HTMLInputElement>('[name="sdk"]:checked')?.value ?? "botocore") as SdkId;
    return {
      sdk: SDK_IDS.includes(sdk) ? sdk : "botocore",
      envText: this.area("envText").value,
      config: this.area("config").value,
      credentials: this.area("credentials").value,
      profile: this.q<HTMLInputElement>('[name="profile"]').value,
      surroundings: this.q<HTMLSelectElement>('[name="surroundings"]').value as SimulatorInputs["surroundings"],
      ssoCache: this.ssoCache,
      now: this.now,
    };
  }

  private run(): void {
    const inputs = this.read();
    const alert = this.q<HTMLElement>("[data-input-error]");
    const problem = FIELDS.map(([name, , label]) => checkInputText(label, inputs[name])).find((p) => p !== null) ?? (inputs.profile.length > 200 ? "The profile name is over 200 characters: no SDK would find such a profile. Shorten it." : null);
    alert.textContent = problem ?? "";
    if (problem) {
      this.q<HTMLElement>("[data-verdict]").replaceChildren(el("p", {}, "The chain was not run: fix the input above. Nothing you pasted was lost."));
      return;
    }
    const { env, problems } = parseEnvText(inputs.envText);
    this.q<HTMLElement>("[data-env-note]").textContent = problems.length ? `Ignored in the environment: ${problems.join("; ")}.` : "";
    const input = toChainInput({ env, config: inputs.config, credentials: inputs.credentials, ...(inputs.profile.trim() ? { profile: inputs.profile } : {}), surroundings: inputs.surroundings, ssoCache: inputs.ssoCache, now: inputs.now });
    let results: ChainResult[];
    try {
      results = resolveAllSdks(input);
    } catch (error) {
      this.q<HTMLElement>("[data-verdict]").replaceChildren(el("p", {}, `The simulator could not run on this input (${String(error).slice(0, 200)}). Nothing you pasted was lost.`));
      return;
    }
    let chosen = results.find((r) => r.sdk === inputs.sdk) ?? results[0]!;
    // Until every SDK's model has landed, start on one that has (a reader's own choice is kept).
    if (!this.sdkChosen && chosen.error?.name === "NotModelled") {
      const first = results.find((r) => r.error?.name !== "NotModelled");
      if (first) {
        chosen = first;
        this.q<HTMLInputElement>(`[name="sdk"][value="${first.sdk}"]`).checked = true;
      }
    }
    this.q<HTMLElement>("[data-verdict]").replaceChildren(...renderVerdict(chosen));
    this.q<HTMLElement>("[data-trace]").replaceChildren(renderTrace(chosen));
    this.q<HTMLElement>("[data-compare]").replaceChildren(renderComparison(results, chosen.sdk));
    this.updateHandoff(chosen, env, input.files ?? {});
  }

  private handoffRun = 0;

  private updateHandoff(chosen: ChainResult, env: Record<string, string>, files: Readonly<Record<string, string>>): void {
    const run = ++this.handoffRun;
    void loadHandoff()
      .then(({ createPlaygroundHandoff }) => {
        if (run === this.handoffRun) this.showHandoff(createPlaygroundHandoff(chosen, { env, files }, this.vault, this.examples));
      })
      .catch(() => {
        if (run === this.handoffRun) this.showHandoff({ ok: false, reason: "The playground link could not be prepared (the page's code did not load): reload the page." });
      });
  }

  private showHandoff(handoff: Handoff): void {
    const link = this.q<HTMLAnchorElement>("[data-sign]");
    const note = this.q<HTMLElement>("[data-sign-note]");
    link.hidden = !handoff.ok;
    if (handoff.ok) {
      link.href = handoff.href;
      note.textContent = handoff.leftOut.length
        ? `The playground link leaves out ${handoff.leftOut.join(", ")}: type ${handoff.leftOut.length === 1 ? "it" : "them"} there to sign.`
        : "Opens the playground signing STS GetCallerIdentity with these credentials, in this region, to show AWS's exact answer.";
    } else {
      link.removeAttribute("href");
      note.textContent = handoff.reason;
    }
  }

  private async share(): Promise<void> {
    const { createSimulatorLink } = await import("./createSimulatorLink.ts");
    const { fragment, leftOut } = createSimulatorLink(this.read(), this.vault, this.examples);
    history.replaceState(null, "", `#${fragment}`);
    const url = location.href;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    const out = this.q<HTMLOutputElement>("[data-share-note]");
    out.textContent = `${copied ? "Link copied" : "Link ready in the address bar"}. It carries your inputs with every secret and session token replaced by a placeholder${leftOut.length ? `; left out: ${leftOut.join("; ")}` : ""}.`;
    this.q<HTMLInputElement>("[data-share-url]").value = url;
  }
}

/** Defines <sf-credentials> once. */
export function defineCredentialsSimulator(): void {
  if (!customElements.get("sf-credentials")) customElements.define("sf-credentials", SfCredentials);
}
