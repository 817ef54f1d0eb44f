import type { FailureParams } from "./types.ts";

/**
 * The credential-scope message: one sentence per wrong part, in the order region, service, terminator, date
 * (catalogue `scope.*`, dynalite + scratchstack). Each of the first three ends with ". " (trailing space, confirmed
 * by Content-Length in two raw captures); the date sentence ends with "." and no space (dynalite's capture).
 */
export function getScopeMessage(p: FailureParams): string {
  const s = p.scope ?? {};
  let out = "";
  if (s.region !== undefined) out += `Credential should be scoped to a valid region, not '${s.region}'. `;
  if (s.service !== undefined) out += `Credential should be scoped to correct service: '${p.expectedService ?? ""}'. `;
  if (s.terminator !== undefined) out += `Credential should be scoped with a valid terminator: 'aws4_request', not '${s.terminator}'. `;
  if (s.date !== undefined) {
    out += `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${s.date}' != '${p.requestShortDate ?? ""}', from '${p.requestDate ?? ""}'.`;
  }
  return out;
}
