import type { Exchange } from "./handleExchange.ts";

/**
 * One log line per request: time, method, path, service, access key, verdict, and the check that failed.
 * `2026-03-01T12:00:00Z POST / dynamodb:ListTables key=AKIDEXAMPLE -> 400 InvalidSignatureException (failed: signature)`
 */
export function formatLogLine(e: Exchange): string {
  const path = printable(e.request.target.split("?")[0] ?? "", 120);
  const op = e.route.operation === "" ? e.route.service : `${e.route.service}:${printable(e.route.operation, 60)}`;
  const key = e.accessKeyId === null ? "-" : printable(e.accessKeyId, 40);
  const verdict = e.verdict.outcome === "ok" ? "ok" : e.verdict.outcome;
  const failed = e.verdict.failedCheck === null ? "" : ` (failed: ${e.verdict.failedCheck})`;
  return `${time(e.serverNow)} ${printable(e.request.method, 20)} ${path} ${op} key=${key} -> ${e.response.status} ${verdict}${failed}`;
}

/** A line about a request that never reached the lab (unparseable HTTP, body too large). */
export function formatRejectLine(serverNow: Date, status: number, reason: string): string {
  return `${time(serverNow)} - - - -> ${status} ${reason}`;
}

function time(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Keeps log lines on one line and short whatever the client sent. */
function printable(s: string, max: number): string {
  const clean = s.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
