import type { ChainResult } from "../../credentialChain/index.ts";
import { CHAIN_SDK_LABELS, describeChainResult } from "./describeChainResult.ts";

/** A DOM element with text children only: every value the reader typed goes in as text, never as HTML. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The chosen SDK's answer: the verdict sentence, key and region, warnings. */
export function renderVerdict(result: ChainResult): HTMLElement[] {
  const s = describeChainResult(result);
  const head = s.resolved
    ? el("p", { class: "sf-cred-headline", "data-outcome": "resolved" }, el("strong", {}, `${CHAIN_SDK_LABELS[result.sdk]} signs with `), el("code", {}, s.verdict))
    : el("p", { class: "sf-cred-headline", "data-outcome": s.modelled ? "none" : "not-modelled" }, el("strong", {}, `${CHAIN_SDK_LABELS[result.sdk]}: `), el("code", { class: "sf-exact" }, s.verdict));
  const facts = el(
    "dl",
    { class: "sf-cred-facts" },
    el("dt", {}, "Access key ID"),
    el("dd", {}, el("code", {}, s.key)),
    el("dt", {}, "Region"),
    el("dd", {}, s.region),
    el("dt", {}, "Profile"),
    el("dd", {}, `${result.profile.name} (${result.profile.from})`),
    ...(result.endpoint ? [el("dt", {}, "Endpoint"), el("dd", {}, `${result.endpoint.url} (${result.endpoint.from})`)] : []),
  );
  const warnings = result.warnings.length
    ? [el("ul", { class: "sf-cred-warnings", "aria-label": "Warnings" }, ...result.warnings.map((w) => el("li", { "data-code": w.code }, el("strong", {}, "Warning: "), w.message)))]
    : [];
  return [head, facts, ...warnings, el("p", { class: "sf-cred-version" }, `Modelled on ${result.sdkVersion}.`)];
}

/** Every provider in the order the SDK tries it, with what happened and why. */
export function renderTrace(result: ChainResult): HTMLElement {
  if (result.trace.length === 0) return el("p", {}, result.error?.name === "NotModelled" ? "This SDK's model has not landed yet: no trace." : "No provider was tried.");
  return el(
    "ol",
    { class: "sf-cred-trace" },
    ...result.trace.map((step) =>
      el("li", { "data-outcome": step.outcome }, el("span", { class: "sf-cred-step-outcome" }, step.outcome), " ", el("code", {}, step.provider), step.source ? ` → ${step.source}` : "", el("br"), step.reason),
    ),
  );
}

/** The four SDKs side by side; rows whose winner differs from the chosen SDK's are marked, in words and colour. */
export function renderComparison(results: ChainResult[], chosen: ChainResult["sdk"]): HTMLElement {
  const base = results.find((r) => r.sdk === chosen);
  // Disagreement is about credentials: two SDKs that both find nothing agree, whatever their words.
  const key = (r: ChainResult) => (r.resolved ? `${r.source}|${r.accessKeyId ?? ""}` : "none");
  const rows = results.map((r) => {
    const s = describeChainResult(r);
    const differs = s.modelled && base !== undefined && describeChainResult(base).modelled && key(r) !== key(base);
    return el(
      "tr",
      { "data-sdk": r.sdk, ...(differs ? { "data-differs": "" } : {}), ...(r.sdk === chosen ? { "aria-current": "true" } : {}) },
      el("th", { scope: "row" }, CHAIN_SDK_LABELS[r.sdk]),
      el("td", { "data-label": "Picks" }, el("code", { class: "sf-exact" }, s.verdict)),
      el("td", { "data-label": "Access key ID" }, el("code", {}, s.key)),
      el("td", { "data-label": "Region" }, s.region),
      el("td", { "data-label": "Versus the chosen SDK" }, !s.modelled ? "—" : differs ? "differs" : r.sdk === chosen ? "chosen" : "same"),
    );
  });
  return el(
    "table",
    // Scrolls sideways on a phone, so it takes focus (keyboard users can scroll it too).
    { class: "sf-cred-compare", tabindex: "0" },
    el("caption", { class: "sr-only" }, "All four SDKs on the same machine"),
    el("thead", {}, el("tr", {}, ...["SDK", "Picks", "Access key ID", "Region", "Versus the chosen SDK"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows),
  );
}
