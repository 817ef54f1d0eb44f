// <sf-upload-workbench>: the island of /play/upload/. Reads the choices, runs the engine (src/uploadWorkbench/),
// shows S3's answer; the choices live in the URL fragment (never a secret: there is none to carry).
import { createWorkbenchLink, DEFAULT_POST, DEFAULT_PUT, getWorkbenchPreset, PUT_CLIENTS, readWorkbenchLink, runWorkbench } from "../../uploadWorkbench/index.ts";
import type { FormPart, WorkbenchChoices } from "../../uploadWorkbench/index.ts";
import { readChoices } from "./readChoices.ts";
import { describeMove, renderOrder } from "./renderOrder.ts";
import { renderOutcome } from "./renderOutcome.ts";
import type { WorkbenchOutputs } from "./renderOutcome.ts";
import { writeChoices } from "./writeChoices.ts";

/** Typing pauses this long before the engine runs again. */
const DEBOUNCE_MS = 60;

class SfUploadWorkbench extends HTMLElement {
  private choices: WorkbenchChoices = DEFAULT_PUT;
  /** The last choices of each mode, so switching mode and back keeps the reader's edits. */
  private byMode: Record<WorkbenchChoices["mode"], WorkbenchChoices> = { put: DEFAULT_PUT, post: DEFAULT_POST };
  private form!: HTMLFormElement;
  private out!: WorkbenchOutputs & Record<"client-code" | "order-status", HTMLElement>;
  private policy!: HTMLTextAreaElement;
  private orderList!: HTMLOListElement;
  private runs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.form = this.querySelector("form")!;
    this.out = Object.fromEntries([...this.querySelectorAll<HTMLElement>("[data-out]")].map((el) => [el.dataset.out, el])) as typeof this.out;
    this.policy = this.querySelector<HTMLTextAreaElement>("[data-policy]")!;
    this.orderList = this.querySelector<HTMLOListElement>("[data-order]")!;
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("change", (event) => this.onControl(event));
    this.form.addEventListener("input", (event) => this.onControl(event));
    this.querySelector("[data-copy]")!.addEventListener("click", () => void this.copyLink());
    this.querySelector("[data-rebuild-policy]")!.addEventListener("click", () => {
      this.policy.dataset.edited = "false";
      void this.run();
    });
    addEventListener("hashchange", () => this.load(location.hash));
    this.load(location.hash);
  }

  /** Replaces the choices from a fragment: a preset by name, a `u1=` link, or the default upload. */
  private load(hash: string): void {
    const link = readWorkbenchLink(hash);
    this.note("link", link && !link.ok ? link.note : "");
    const choices = link?.ok ? link.choices : DEFAULT_PUT;
    (this.form.elements.namedItem("preset") as HTMLSelectElement).value = link?.ok && link.preset ? link.preset : "";
    this.setChoices(choices);
    void this.run();
  }

  private setChoices(choices: WorkbenchChoices): void {
    this.choices = choices;
    this.byMode[choices.mode] = choices;
    writeChoices(this, choices);
    if (choices.mode === "post") {
      this.policy.dataset.edited = choices.rawPolicy === null ? "false" : "true";
      if (choices.rawPolicy !== null) this.policy.value = choices.rawPolicy;
      this.showOrder(choices.order);
    }
  }

  private onControl(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.name === "preset") {
      if (event.type !== "change" || target.value === "") return;
      const preset = getWorkbenchPreset(target.value);
      if (!preset) return;
      this.setChoices(preset.choices);
      return void this.run();
    }
    if (target.name === "mode") {
      if (event.type !== "change") return;
      this.byMode[this.choices.mode] = this.read(this.choices.mode);
      this.setChoices(this.byMode[target.value as WorkbenchChoices["mode"]]);
      return void this.run();
    }
    if (event.target === this.policy) this.policy.dataset.edited = "true";
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** The choices as the controls hold them, with their problems shown beside the answer. */
  private read(mode: WorkbenchChoices["mode"] = this.choices.mode): WorkbenchChoices {
    const previous = this.byMode[mode];
    const order = previous.mode === "post" ? previous.order : [...DEFAULT_POST.order];
    const rawPolicy = this.policy.dataset.edited === "true" ? this.policy.value : null;
    const { choices, problems } = readChoices(this, mode, previous, { order, rawPolicy });
    this.note("input", problems.join(" "));
    return choices;
  }

  /** Runs the engine on the current controls and shows the outcome; a stale run never wins. */
  private async run(): Promise<void> {
    clearTimeout(this.timer);
    const choices = this.read();
    this.choices = choices;
    this.byMode[choices.mode] = choices;
    const run = ++this.runs;
    let outcome: Awaited<ReturnType<typeof runWorkbench>>;
    try {
      outcome = await runWorkbench(choices);
    } catch (error) {
      outcome = { ok: false, error: `The workbench could not use these choices (${error instanceof Error ? error.message : String(error)}). Change one and try again.` };
    }
    if (run !== this.runs) return;
    renderOutcome(this.out, outcome);
    if (choices.mode === "put") this.out["client-code"].textContent = PUT_CLIENTS[choices.client].code(choices.sentContentType);
    if (choices.mode === "post" && this.policy.dataset.edited !== "true" && outcome.ok && outcome.result.policy !== undefined) this.policy.value = outcome.result.policy;
    const notes = outcome.ok ? outcome.result.notes : [];
    if (notes.length) this.note("input", notes.join(" "));
    this.dataset.state = "ready";
    this.dataset.runs = String(run);
  }

  private showOrder(order: readonly FormPart[]): void {
    renderOrder(this.orderList, order, (next, moved, dir) => {
      if (this.choices.mode !== "post") return;
      this.choices = { ...this.choices, order: next };
      this.byMode.post = this.choices;
      this.showOrder(next);
      this.out["order-status"].textContent = describeMove(next, moved);
      const button = this.orderList.querySelector<HTMLButtonElement>(`li[data-part="${CSS.escape(moved)}"] button[data-dir="${dir}"]`);
      (button && !button.disabled ? button : this.orderList.querySelector<HTMLButtonElement>(`li[data-part="${CSS.escape(moved)}"] button:not(:disabled)`))?.focus();
      void this.run();
    });
  }

  /** Puts a link to these choices on the clipboard, and in a field to copy by hand when the clipboard is refused. */
  private async copyLink(): Promise<void> {
    const link = createWorkbenchLink(this.read());
    if (!link.ok) return this.note("link", link.error);
    const url = `${location.origin}${location.pathname}#${link.fragment}`;
    const field = this.querySelector<HTMLInputElement>("[data-link]")!;
    field.value = url;
    field.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      field.select();
    }
    this.note("link", `${copied ? "Link copied to the clipboard." : "Copy the link from the field below the button."} It carries your choices and no secret.`);
  }

  private note(kind: "link" | "input", text: string): void {
    const el = this.querySelector<HTMLElement>(`[data-note="${kind}"]`)!;
    el.textContent = text;
    el.hidden = text === "";
  }
}

if (!customElements.get("sf-upload-workbench")) customElements.define("sf-upload-workbench", SfUploadWorkbench);
