import type { WorkbenchOutcome } from "../../uploadWorkbench/index.ts";
import { renderChangedLines } from "../playground/renderChangedLines.ts";
import { renderDiffInto } from "../playground/renderDiffInto.ts";
import { setRichText } from "../setRichText.ts";

/** The workbench's output slots, found once. */
export type WorkbenchOutputs = Record<
  "verdict-box" | "verdict" | "why-box" | "reason" | "fix" | "response" | "signed-title" | "signed" | "sent" | "diff-box" | "diff-note" | "diff-client" | "diff-server",
  HTMLElement
>;

/** Fills every output from one run, as text only; a run that could not happen says why in the verdict's place. */
export function renderOutcome(out: WorkbenchOutputs, outcome: WorkbenchOutcome): void {
  if (!outcome.ok) {
    out["verdict-box"].dataset.outcome = "none";
    setRichText(out.verdict, `No answer: ${outcome.error}`);
    setRichText(out.reason, "");
    out["why-box"].hidden = true;
    setRichText(out.fix, "");
    renderChangedLines(out.response, "(no response: nothing was built to send)");
    out.signed.textContent = "";
    out.sent.textContent = "";
    out["diff-box"].hidden = true;
    return;
  }
  const { verdict, response } = outcome.result;
  const r = outcome.result;
  out["verdict-box"].dataset.outcome = verdict.outcome === "ok" ? "ok" : "error";
  setRichText(out.verdict, verdict.outcome === "ok" ? `Accepted: S3 answers ${response.status} ${response.statusText}.` : `Rejected: S3 answers ${response.status} ${verdict.outcome}.`);
  out["why-box"].hidden = verdict.outcome === "ok";
  const said = verdict.message ? `S3 says “${verdict.message}”${/[.!?]$/.test(verdict.message) ? "" : "."} ` : "";
  const differs = r.diff && !r.diff.same ? ` The canonical requests below differ in: ${r.diff.differences.join(", ")}.` : "";
  setRichText(out.reason, verdict.outcome === "ok" ? "" : `${said}${verdict.explanation.summary}${differs}`);
  setRichText(out.fix, `Fix: ${r.fix}`);
  renderChangedLines(out.response, r.responseText);
  out["signed-title"].textContent = r.signed.title;
  out.signed.textContent = r.signed.text;
  out.sent.textContent = r.sent.text;
  out["diff-box"].hidden = r.diff === null;
  if (r.diff) {
    renderDiffInto(out["diff-client"], out["diff-server"], r.diff);
    out["diff-note"].textContent = r.diff.same
      ? "The canonical requests are identical."
      : `They differ in: ${r.diff.differences.join(", ")}. ${r.diff.lines.map((line) => line.note).filter(Boolean).join(" ")}`;
  }
}
