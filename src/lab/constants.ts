/**
 * SigV4 names and limits, in @smithy/signature-v4's style: `*_QUERY_PARAM` for the presigned-URL spelling,
 * `*_HEADER` (lowercase, derived from the query name where both exist) for the header spelling.
 */
export const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
export const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
export const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
export const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
export const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
export const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
export const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
export const CONTENT_SHA256_QUERY_PARAM = "X-Amz-Content-Sha256";

export const AUTH_HEADER = "authorization";
export const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
export const DATE_HEADER = "date";
export const HOST_HEADER = "host";
export const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
export const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
export const SHA256_HEADER = CONTENT_SHA256_QUERY_PARAM.toLowerCase();

/** Headers smithy removes before signing (it regenerates the first two; `date` is simply dropped). */
export const GENERATED_HEADERS = [AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER];

/** Headers smithy never signs unless asked to (`signableHeaders`), as an object map for a plain `in`. */
export const ALWAYS_UNSIGNABLE_HEADERS: Record<string, true> = {
  authorization: true,
  "cache-control": true,
  connection: true,
  expect: true,
  from: true,
  "keep-alive": true,
  "max-forwards": true,
  pragma: true,
  referer: true,
  te: true,
  trailer: true,
  "transfer-encoding": true,
  upgrade: true,
  "user-agent": true,
  "x-amzn-trace-id": true,
};
export const UNSIGNABLE_PATTERNS = [/^proxy-/, /^sec-/];

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const KEY_TYPE_IDENTIFIER = "aws4_request";
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
export const STREAMING_PAYLOAD_PREFIX = "STREAMING-";
/** SHA-256 of the empty string. */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Presigned URLs live at most seven days. */
export const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;
export { MAX_BODY_BYTES } from "./limits.ts";

/** The server clock of every guide's worked example and preset: fixed, so builds are reproducible. */
export const EXAMPLE_SERVER_NOW = "2026-01-15T12:00:00Z";
