import type { ScenarioResult } from "../../lab/index.ts";
import { renderDiffInto } from "./renderDiffInto.ts";
import { setRichText } from "../setRichText.ts";
import { renderChangedLines } from "./renderChangedLines.ts";

/** The output slots of the playground, found once. */
export type Outputs = Record<
  "verdict-box" | "verdict" | "fix" | "response" | "signed" | "differences" | "client-canonical" | "client-sts" | "client-signature" | "server-canonical" | "server-sts" | "server-signature",
  HTMLElement
>;

const CHECK_WORDS: Record<string, string> = {
  bucketRegion: "the bucket-region check",
  protocol: "the protocol pre-checks",
  authSyntax: "the authentication syntax check",
  date: "the date check",
  clockSkew: "the clock-skew check",
  credentialScope: "the credential-scope check",
  accessKey: "the access-key check",
  sessionToken: "the session-token check",
  signature: "the signature check",
  presignExpiry: "the presigned-URL expiry check",
  payloadHash: "the payload-hash check",
  authorization: "the authorization check",
};

const NOT_COMPUTED = "(not computed: the server stopped before this step)";

/** Shows a problem in place of every output, so no panel is ever blank or stale. */
export function renderProblem(out: Outputs, message: string, response = "(no response: the lab could not use this request)"): void {
  out["verdict-box"].dataset.outcome = "none";
  setRichText(out.verdict, `No verdict: ${message}`);
  setRichText(out.fix, "");
  renderChangedLines(out.response, response);
  for (const key of ["signed", "differences", "client-canonical", "client-sts", "client-signature", "server-canonical", "server-sts", "server-signature"] as const) {
    out[key].textContent = "";
  }
}

/** Fills every output from a lab run, as text only. */
export function renderResult(out: Outputs, result: ScenarioResult): void {
  if ("error" in result) {
    renderProblem(out, result.error);
    return;
  }
  const { verdict, client } = result;
  out["verdict-box"].dataset.outcome = verdict.outcome === "ok" ? "ok" : "error";
  setRichText(
    out.verdict,
    verdict.outcome === "ok"
      ? `Accepted: AWS answers ${verdict.status}. ${verdict.explanation.summary}`
      : `Rejected with ${verdict.outcome} (HTTP ${verdict.status}) by ${verdict.failedCheck ? CHECK_WORDS[verdict.failedCheck] ?? verdict.failedCheck : "the front door"}. ${verdict.explanation.summary}`,
  );
  setRichText(out.fix, verdict.outcome === "ok" ? "" : `Fix: ${verdict.explanation.fix}`);
  renderChangedLines(out.response, result.responseText);
  out.signed.textContent = result.signedText;

  const server = verdict.server;
  out["client-sts"].textContent = client?.stringToSign ?? "(the request was sent unsigned)";
  out["client-signature"].textContent = client?.signature ?? "(none)";
  out["server-sts"].textContent = server.stringToSign ?? NOT_COMPUTED;
  out["server-signature"].textContent = server.signature ?? NOT_COMPUTED;
  if (result.diff) {
    renderDiffInto(out["client-canonical"], out["server-canonical"], result.diff);
    out.differences.textContent = result.diff.same
      ? "The canonical requests are identical."
      : `They differ in: ${result.diff.differences.join(", ")}. ${result.diff.lines.map((line) => line.note).filter(Boolean).join(" ")}`;
  } else {
    out["client-canonical"].textContent = client?.canonicalRequest ?? "(the request was sent unsigned)";
    out["server-canonical"].textContent = server.canonicalRequest ?? NOT_COMPUTED;
    out.differences.textContent = server.canonicalRequest ? "" : "The server rejected the request before it computed a canonical request.";
  }
}
