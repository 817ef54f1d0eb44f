import type { VerifyReport } from "./verifyCommand.ts";
import { escapeForTerminal } from "./escapeForTerminal.ts";

const section = (title: string, body: string | undefined) => (body === undefined ? [] : [`── ${title}`, body, ""]);

/** Human output of `sigfix verify`: the verdict first, then the server's computation, then the response. */
export function formatVerdict(report: VerifyReport, responseText: string): string {
  const { verdict, endpoint } = report;
  const headline =
    verdict.outcome === "ok"
      ? `${escapeForTerminal(report.file)}: accepted by ${endpoint.signingName ?? endpoint.service} in ${endpoint.region} (${verdict.status})`
      : `${escapeForTerminal(report.file)}: ${verdict.outcome} (${verdict.status}) from the ${verdict.failedCheck} check: ${verdict.message}`;
  const checks = verdict.checks.map((c) => `  ${c.passed ? "✓" : "✗"} ${c.check}: ${c.detail}`).join("\n");
  return [
    headline,
    verdict.explanation.summary,
    ...(verdict.explanation.fix ? [`Fix: ${verdict.explanation.fix}`] : []),
    ...(verdict.explanation.model ? [`Model: ${verdict.explanation.model}`] : []),
    "",
    ...section("Checks, in AWS's order", checks),
    ...section("Canonical request (server)", verdict.server.canonicalRequest),
    ...section("String to sign (server)", verdict.server.stringToSign),
    ...section("Expected signature", verdict.server.signature),
    ...section("Response", responseText),
  ].join("\n");
}
