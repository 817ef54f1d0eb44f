import { ALGORITHM_QUERY_PARAM, AMZ_DATE_HEADER, AMZ_DATE_QUERY_PARAM, AUTH_HEADER, CREDENTIAL_QUERY_PARAM, DATE_HEADER, EXPIRES_QUERY_PARAM, SIGNATURE_QUERY_PARAM, SIGNED_HEADERS_QUERY_PARAM, TOKEN_HEADER, TOKEN_QUERY_PARAM } from "../constants.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import { splitTarget } from "../request/splitTarget.ts";
import { parseQueryPairs } from "../request/parseQueryPairs.ts";
import type { LabRequest } from "../types.ts";

/** The SigV4 fields of a request, from the Authorization header or the `X-Amz-*` query parameters. */
export interface AuthFields {
  mode: "header" | "query";
  /** The Authorization header exactly as received (header mode). */
  header?: string;
  algorithm?: string;
  credential?: string;
  signature?: string;
  signedHeaders?: string;
  /** Date value as received and where it came from. */
  date?: string;
  dateSource?: "x-amz-date" | "date" | "query";
  expires?: string;
  sessionToken?: string;
  /** Header parts that are not key=value, in order (the pasted-whitespace case). */
  notKeyValue: string[];
}

export type ParsedAuth = { kind: "none" } | { kind: "both"; header: string } | ({ kind: "auth" } & AuthFields);

/**
 * Reads the authentication of a request as AWS receives it. Query auth is recognised by an `X-Amz-Algorithm`
 * parameter (dynalite, kinesis emulators), values decoded once, first occurrence wins (scratchstack 7c).
 * Header parts are split as `style` says: Coral front doors split on commas and whitespace, last occurrence wins
 * (scratchstack 6c; dynalite's `AWS4- Signature=b Credential=a` capture); S3 splits on commas only.
 */
export function parseAuthorization(req: LabRequest, style: "coral" | "s3"): ParsedAuth {
  const headers = getHeaderValues(req, AUTH_HEADER);
  const query = parseQuery(splitTarget(req.target).query);
  const hasQueryAuth = query.has(ALGORITHM_QUERY_PARAM);
  if (headers.length > 0 && hasQueryAuth) return { kind: "both", header: headers[0]! };
  if (hasQueryAuth) {
    const q = (name: string) => query.get(name);
    return {
      kind: "auth",
      mode: "query",
      ...defined({
        algorithm: q(ALGORITHM_QUERY_PARAM),
        credential: q(CREDENTIAL_QUERY_PARAM),
        signature: q(SIGNATURE_QUERY_PARAM),
        signedHeaders: q(SIGNED_HEADERS_QUERY_PARAM),
        date: q(AMZ_DATE_QUERY_PARAM),
        dateSource: q(AMZ_DATE_QUERY_PARAM) !== undefined ? ("query" as const) : undefined,
        expires: q(EXPIRES_QUERY_PARAM),
        sessionToken: q(TOKEN_QUERY_PARAM),
      }),
      notKeyValue: [],
    };
  }
  if (headers.length === 0) return { kind: "none" };

  const header = headers[0]!;
  const trimmed = header.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? "" : trimmed.slice(space + 1);
  const parts = style === "s3" ? rest.split(",").map((s) => s.trim()) : rest.split(/[\s,]+/);
  const params = new Map<string, string>();
  const notKeyValue: string[] = [];
  for (const part of parts) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) notKeyValue.push(part);
    // S3 keeps a value as sent, so `Credential= AKIA…` names the key ` AKIA…` (no capture says what S3 does; §10.6).
    else params.set(part.slice(0, eq).trim(), style === "s3" ? part.slice(eq + 1) : part.slice(eq + 1).trim());
  }
  const amzDate = getHeaderValues(req, AMZ_DATE_HEADER)[0];
  const date = amzDate ?? getHeaderValues(req, DATE_HEADER)[0];
  return {
    kind: "auth",
    mode: "header",
    header,
    algorithm,
    ...defined({
      credential: params.get("Credential"),
      signature: params.get("Signature"),
      signedHeaders: params.get("SignedHeaders"),
      date,
      dateSource: amzDate !== undefined ? ("x-amz-date" as const) : date !== undefined ? ("date" as const) : undefined,
      sessionToken: getHeaderValues(req, TOKEN_HEADER)[0],
    }),
    notKeyValue,
  };
}

/** Decoded query parameters, first occurrence of each name kept. */
function parseQuery(raw: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of parseQueryPairs(raw)) if (!out.has(key)) out.set(key, value);
  return out;
}

function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) if (o[key] !== undefined) out[key] = o[key];
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
