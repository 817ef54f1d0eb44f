import type { ChainResult } from "../credentialChain/index.ts";
import { escapeForTerminal } from "./escapeForTerminal.ts";

const OUTCOME_MARK = { used: "used", skipped: "skipped", failed: "FAILED", "not-reached": "-" } as const;

/** The human report: the verdict first, then profile, region, endpoint, the provider trace, warnings, the error. */
export function formatChainResult(result: ChainResult): string {
  const e = (text: string) => escapeForTerminal(text);
  const lines: string[] = [];
  const key = result.maskedAccessKeyId ? `, key ${result.maskedAccessKeyId}` : "";
  if (result.resolved) lines.push(`${result.sdk}: credentials from ${result.source}${key}`);
  else if (result.source) lines.push(`${result.sdk}: picks ${result.source}, which fails on first use`);
  else lines.push(`${result.sdk}: no credentials`);
  lines.push(`  model of ${result.sdkVersion}`);
  lines.push(`profile:  ${e(result.profile.name)} (${e(result.profile.from)})`);
  lines.push(`region:   ${result.region ? `${e(result.region)} (${e(result.regionSource ?? "")})` : e(result.regionSource ?? "none")}`);
  lines.push(`endpoint: ${result.endpoint ? `${e(result.endpoint.url)} (${e(result.endpoint.from)})` : "the service's own AWS endpoint"}`);
  lines.push("providers, in order:");
  const width = Math.max(...result.trace.map((step) => step.provider.length), 8);
  result.trace.forEach((step, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. ${step.provider.padEnd(width)}  ${OUTCOME_MARK[step.outcome].padEnd(7)}  ${e(step.reason)}`);
  });
  for (const warning of result.warnings) {
    for (const [i, line] of warning.message.split("\n").entries()) lines.push(`${i === 0 ? "warning: " : "         "}${e(line.trim())}`);
  }
  if (result.error) lines.push(`error: ${e(result.error.name)}: ${e(result.error.message)}`);
  return lines.join("\n");
}
