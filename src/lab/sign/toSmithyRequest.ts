import type { HttpRequest, QueryParameterBag } from "@smithy/types";
import { HOST_HEADER } from "../constants.ts";
import { splitTarget } from "../request/splitTarget.ts";
import { getCanonicalPath } from "../sigv4/getCanonicalPath.ts";
import { parseQueryPairs } from "../request/parseQueryPairs.ts";
import type { LabRequest } from "../types.ts";
import { HTTP_WHITESPACE, trimChars } from "../text/trimChars.ts";

/** Stands for a streamed body: smithy signs `UNSIGNED-PAYLOAD` for any body that is not a string or buffer. */
const UNSIGNED_BODY = Object.freeze({ streamed: true });

/**
 * The wrapper's input steps (../shared/conformance/sigv4/README.md, "Pass only with an input step"): headers
 * that repeat (in any case) are joined with `,` into one entry, because smithy holds headers in a plain object;
 * the query is decoded into a record (repeated keys become arrays); the path is given as it goes on the wire
 * (smithy encodes it itself unless `uriEscapePath` is false), or for S3 rules decoded and encoded once first.
 */
export function toSmithyRequest(req: LabRequest, opts: { normalizePath: boolean; unsignedPayload?: boolean }): HttpRequest {
  const { path, query } = splitTarget(req.target);
  const headers: Record<string, string> = {};
  const nameOf = new Map<string, string>();
  const values = new Map<string, string[]>();
  for (const { name, value } of req.headers) {
    const lower = name.toLowerCase();
    if (!nameOf.has(lower)) nameOf.set(lower, name);
    values.set(lower, [...(values.get(lower) ?? []), value]);
  }
  for (const [lower, vs] of values) {
    const value = vs.length === 1 ? vs[0]! : vs.map((v) => trimChars(v, HTTP_WHITESPACE)).join(",");
    // defineProperty, not `=`: a header named `__proto__` must become a header, not the object's prototype.
    Object.defineProperty(headers, nameOf.get(lower)!, { value, enumerable: true, writable: true, configurable: true });
  }
  const hostHeader = values.get(HOST_HEADER)?.[0] ?? "localhost";
  const [, hostname = hostHeader, port] = /^(.*?)(?::(\d+))?$/.exec(hostHeader) ?? [];
  return {
    method: req.method,
    protocol: "https:",
    hostname,
    ...(port ? { port: Number(port) } : {}),
    path: opts.normalizePath ? path || "/" : getCanonicalPath(path, { normalize: false }),
    query: parseQueryRecord(query),
    headers,
    body: opts.unsignedPayload ? UNSIGNED_BODY : req.body,
  };
}

/** Decodes a raw query into smithy's record: once-decoded strings, `+` kept literal, repeated keys as arrays. */
export function parseQueryRecord(rawQuery: string | null): QueryParameterBag {
  const record: QueryParameterBag = {};
  for (const [key, value] of parseQueryPairs(rawQuery)) {
    const existing = record[key];
    if (existing === undefined || existing === null) record[key] = value;
    else record[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return record;
}
