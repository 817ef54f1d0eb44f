import { MAX_BODY_BYTES } from "../limits.ts";
import type { LabRequest } from "../types.ts";
import { getHeaderValues } from "./getHeaderValues.ts";
import { parseQueryPairs } from "./parseQueryPairs.ts";
import { splitTarget } from "./splitTarget.ts";

/** What a request asks for, read once at the door: routing, the operation and the protocol variant all use it. */
export interface RequestIntent {
  method: string;
  /** Raw path and raw query of the request-target. */
  path: string;
  query: string | null;
  /** Host without port, lower-cased ("" when absent). */
  host: string;
  /** `X-Amz-Target` as sent (awsJson). */
  target?: string;
  /** Query or form `Action` and `Version` (awsQuery, ec2Query). */
  action?: string;
  version?: string;
}

const FORM = "application/x-www-form-urlencoded";

/**
 * Reads the routing fields: `X-Amz-Target`, else `Action`/`Version` from the query or, for a form POST, the body;
 * first occurrence wins. Never throws.
 */
export function parseRequestIntent(req: LabRequest): RequestIntent {
  const { path, query } = splitTarget(req.target);
  const intent: RequestIntent = {
    method: req.method.toUpperCase(),
    path,
    query,
    host: (getHeaderValues(req, "host")[0] ?? "").trim().toLowerCase().replace(/:\d+$/, ""),
  };
  const target = getHeaderValues(req, "x-amz-target")[0];
  if (target !== undefined) {
    intent.target = target.trim();
    return intent;
  }
  const pairs = parseQueryPairs(query);
  const type = (getHeaderValues(req, "content-type")[0] ?? "").toLowerCase();
  if (isFormBody(req, path, query, type)) pairs.push(...parseQueryPairs(new TextDecoder().decode(req.body)));
  for (const [name, value] of pairs) {
    if (name === "Action" && intent.action === undefined && value !== "") intent.action = value;
    if (name === "Version" && intent.version === undefined) intent.version = value;
  }
  return intent;
}

/**
 * A body is read as a query-protocol form only when it can be one: a POST of at most MAX_BODY_BYTES that says it is
 * a form, or says nothing and goes to `/` without a query (how a bare `curl -d` reaches STS). An S3 object body (a
 * PUT, a CompleteMultipartUpload to `/key?uploadId=…`, an upload of up to MAX_S3_WRITE_BODY_BYTES) is never one.
 */
function isFormBody(req: LabRequest, path: string, query: string | null, type: string): boolean {
  if (req.method.toUpperCase() !== "POST" || req.body.length === 0 || req.body.length > MAX_BODY_BYTES) return false;
  return type.startsWith(FORM) || (type === "" && path === "/" && query === null);
}
