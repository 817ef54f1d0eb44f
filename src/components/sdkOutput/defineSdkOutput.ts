// <sf-sdk-output>: the same failure as each common client prints it, one tab per client.
import { getSdkOutputs } from "../../sdkOutput/index.ts";
import type { SdkFailure, SdkId, SdkOutput } from "../../sdkOutput/index.ts";
import { renderSdkPanel } from "./renderSdkPanel.ts";
import { SDK_OUTPUT_CSS } from "./sdkOutputStyles.ts";

let instances = 0;
/** Short tab names so the seven fit a row on a desktop column; the panel repeats the full title. */
const TAB_LABELS: Record<SdkId, string> = { botocore: "boto3", "aws-cli-v1": "CLI v1", "aws-cli-v2": "CLI v2", "js-v3": "JS v3", "java-v2": "Java v2", "go-v2": "Go v2", dotnet: ".NET" };

export class SfSdkOutput extends HTMLElement {
  #outputs: SdkOutput[] = [];
  #selected: SdkId = "botocore";
  #tablist!: HTMLDivElement;
  #panel!: HTMLDivElement;
  #empty!: HTMLParagraphElement;
  #prefix = `sf-sdk-${++instances}`;

  connectedCallback(): void {
    if (!this.shadowRoot) this.#build();
    this.#render();
  }

  /** The failure to show (a lab answer through toSdkFailure), or null for an accepted request. */
  set failure(f: SdkFailure | null) {
    this.#outputs = f && f.status >= 300 ? getSdkOutputs(f) : [];
    if (this.shadowRoot) this.#render();
  }
  /** What is shown, one entry per client (read-only copy). */
  get outputs(): SdkOutput[] {
    return [...this.#outputs];
  }
  /** The client whose tab is open ("botocore", "js-v3"…); kept across new failures. */
  get selected(): SdkId {
    return this.#selected;
  }
  set selected(id: SdkId) {
    this.#selected = id;
    if (this.shadowRoot) this.#render();
  }

  #build(): void {
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = SDK_OUTPUT_CSS;
    this.#tablist = document.createElement("div");
    this.#tablist.setAttribute("role", "tablist");
    this.#tablist.setAttribute("aria-label", this.getAttribute("label") ?? "What each SDK prints");
    this.#tablist.addEventListener("keydown", (e) => this.#onKey(e));
    this.#panel = document.createElement("div");
    this.#panel.setAttribute("role", "tabpanel");
    this.#panel.tabIndex = 0;
    this.#panel.id = `${this.#prefix}-panel`;
    this.#empty = document.createElement("p");
    this.#empty.className = "empty";
    this.#empty.textContent = "The request was accepted: every client returns the result, and prints no error.";
    root.append(style, this.#tablist, this.#panel, this.#empty);
  }

  #render(): void {
    const has = this.#outputs.length > 0;
    this.#tablist.hidden = this.#panel.hidden = !has;
    this.#empty.hidden = has;
    if (!has) return;
    if (!this.#outputs.some((o) => o.id === this.#selected)) this.#selected = this.#outputs[0]!.id;
    const focused = this.shadowRoot!.activeElement?.getAttribute("data-id");
    this.#tablist.replaceChildren(
      ...this.#outputs.map((o) => {
        const tab = document.createElement("button");
        tab.type = "button";
        tab.setAttribute("role", "tab");
        tab.id = `${this.#prefix}-tab-${o.id}`;
        tab.dataset.id = o.id;
        tab.textContent = TAB_LABELS[o.id];
        tab.title = o.title;
        const on = o.id === this.#selected;
        tab.setAttribute("aria-selected", String(on));
        tab.setAttribute("aria-controls", this.#panel.id);
        tab.tabIndex = on ? 0 : -1;
        tab.addEventListener("click", () => this.#select(o.id, false));
        return tab;
      }),
    );
    const current = this.#outputs.find((o) => o.id === this.#selected)!;
    this.#panel.setAttribute("aria-labelledby", `${this.#prefix}-tab-${current.id}`);
    this.#panel.replaceChildren(renderSdkPanel(current));
    if (focused) this.#tablist.querySelector<HTMLButtonElement>(`[data-id="${focused}"]`)?.focus();
  }

  #select(id: SdkId, focus: boolean): void {
    this.#selected = id;
    this.#render();
    if (focus) this.#tablist.querySelector<HTMLButtonElement>(`[data-id="${id}"]`)?.focus();
  }

  /** Tabs pattern (WAI-ARIA APG): arrows move and select, Home/End go to the ends. */
  #onKey(e: KeyboardEvent): void {
    const ids = this.#outputs.map((o) => o.id);
    const at = ids.indexOf(this.#selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.#select(ids[(next + ids.length) % ids.length]!, true);
  }
}

/** Defines <sf-sdk-output> once. */
export function defineSdkOutput(): void {
  if (!customElements.get("sf-sdk-output")) customElements.define("sf-sdk-output", SfSdkOutput);
}
