import type { HttpRequest, QueryParameterBag } from "@smithy/types";
import { splitTarget } from "../request/splitTarget.ts";
import { decodeQueryComponent } from "../sigv4/decodeQueryComponent.ts";
import { uriEncode } from "../sigv4/uriEncode.ts";
import type { LabRequest, RawHeader } from "../types.ts";
import { parseQueryRecord } from "./toSmithyRequest.ts";

/**
 * The request as it goes on the wire after smithy signed `original`. What smithy left alone keeps its original
 * bytes (header lines, repeated and folded ones included; the raw query); what it changed is replaced where it
 * stood; what it removed (`Date`, headers hoisted into a presigned URL) is gone; what it added comes last, in
 * smithy's order and spelling. New query parameters are encoded as the SDK's HTTP handler encodes them.
 */
export function fromSmithyRequest(original: LabRequest, signed: HttpRequest): LabRequest {
  const { query: rawQuery } = splitTarget(original.target);
  return {
    method: original.method,
    target: signed.path + buildQuery(rawQuery, signed.query ?? {}),
    httpVersion: original.httpVersion,
    headers: mergeHeaders(original.headers, signed.headers),
    body: original.body,
  };
}

function mergeHeaders(original: RawHeader[], signed: Record<string, string>): RawHeader[] {
  const signedByLower = new Map<string, [string, string]>();
  for (const [name, value] of Object.entries(signed)) signedByLower.set(name.toLowerCase(), [name, value]);
  const joined = new Map<string, string[]>();
  for (const { name, value } of original) joined.set(name.toLowerCase(), [...(joined.get(name.toLowerCase()) ?? []), value]);
  const out: RawHeader[] = [];
  const placed = new Set<string>();
  for (const header of original) {
    const lower = header.name.toLowerCase();
    const after = signedByLower.get(lower);
    if (!after) continue;
    const before = joined.get(lower)!;
    const unchanged = before.length === 1 ? before[0] === after[1] : before.map((v) => v.trim()).join(",") === after[1];
    if (unchanged) out.push(header);
    else if (!placed.has(lower)) out.push({ name: header.name, value: after[1] });
    placed.add(lower);
  }
  for (const [lower, [name, value]] of signedByLower) if (!joined.has(lower)) out.push({ name, value });
  return out;
}

function buildQuery(rawQuery: string | null, signed: QueryParameterBag): string {
  const before = parseQueryRecord(rawQuery);
  const changed = Object.keys(signed).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(signed[k]));
  const gone = new Set([...Object.keys(before).filter((k) => !Object.hasOwn(signed, k)), ...changed]);
  const kept = (rawQuery ?? "").split("&").filter((piece) => {
    if (piece === "" || gone.size === 0) return piece !== "";
    const eq = piece.indexOf("=");
    const key = new TextDecoder().decode(decodeQueryComponent(eq < 0 ? piece : piece.slice(0, eq)));
    return !gone.has(key);
  });
  const added: string[] = [];
  for (const key of changed) {
    const value = signed[key];
    for (const v of Array.isArray(value) ? value : [value ?? ""]) added.push(`${uriEncode(key)}=${uriEncode(v)}`);
  }
  const all = [...kept, ...added];
  if (all.length === 0) return rawQuery === null ? "" : "?" + rawQuery;
  return "?" + all.join("&");
}
