import { SIGNATURE_QUERY_PARAM } from "../constants.ts";
import { splitTarget } from "../request/splitTarget.ts";
import type { LabRequest, SignMode } from "../types.ts";
import { createCanonicalRequest } from "./createCanonicalRequest.ts";
import { getCanonicalHeaders } from "./getCanonicalHeaders.ts";
import { getCanonicalPath } from "./getCanonicalPath.ts";
import { getCanonicalQuery } from "./getCanonicalQuery.ts";
import { readUtf8AsLatin1 } from "./readUtf8AsLatin1.ts";

export interface CanonicalizedRequest {
  canonicalRequest: string;
  canonicalPath: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  /** `host;x-amz-date…` as it appears in the canonical request. */
  signedHeaders: string;
}

/**
 * The whole canonical request, computed from a request exactly as it was received: the path and query from the
 * request-target's raw bytes, the headers the signature names (`signedHeaders`), and the payload hash the caller
 * settled on. In query mode `X-Amz-Signature` is left out of the query. SignedHeaders are lowercased, deduplicated and
 * sorted. The client explainer and the server
 * verifier both call this, so there is one canonicaliser.
 */
export function canonicalizeRequest(
  req: LabRequest,
  opts: {
    signedHeaders: string[];
    normalizePath: boolean;
    payloadHash: string;
    mode: SignMode;
    /** More query parameters to leave out (decoded, exact case): a token added to a presigned URL after signing. */
    excludeQuery?: string[];
    /** S3's server side: header values read byte by byte as ISO-8859-1 (readUtf8AsLatin1.ts). */
    headersAsLatin1?: boolean;
  },
): CanonicalizedRequest {
  const { path, query } = splitTarget(req.target);
  const canonicalPath = getCanonicalPath(path, { normalize: opts.normalizePath });
  const exclude = [...(opts.mode === "query" ? [SIGNATURE_QUERY_PARAM] : []), ...(opts.excludeQuery ?? [])];
  const canonicalQuery = getCanonicalQuery(query, { exclude });
  const headers = opts.headersAsLatin1 ? req.headers.map((h) => ({ ...h, value: readUtf8AsLatin1(h.value) })) : req.headers;
  const canonicalHeaders = getCanonicalHeaders(headers, opts.signedHeaders);
  const signedHeaders = [...new Set(opts.signedHeaders.map((n) => n.toLowerCase()))].sort().join(";");
  const canonicalRequest = createCanonicalRequest({
    method: req.method,
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash: opts.payloadHash,
  });
  return { canonicalRequest, canonicalPath, canonicalQuery, canonicalHeaders, signedHeaders };
}
