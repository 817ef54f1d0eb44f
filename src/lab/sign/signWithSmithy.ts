import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { HttpRequest } from "@smithy/types";
import { MAX_PRESIGNED_TTL, TOKEN_HEADER, TOKEN_QUERY_PARAM } from "../constants.ts";
import type { LabRequest, SigningOptions } from "../types.ts";
import { fromSmithyRequest } from "./fromSmithyRequest.ts";
import { toSmithyRequest } from "./toSmithyRequest.ts";

/**
 * Signs with the AWS SDK for JavaScript v3's own signer, `@smithy/signature-v4`, in header or presigned mode, and
 * returns the request as it goes on the wire (Authorization and X-Amz-* headers, or X-Amz-* query parameters).
 * Wrapper steps around smithy: repeated headers joined, S3 paths encoded once, a streamed body for
 * `unsignedPayload`, and with `tokenAfterSigning` the session token added only after the signature.
 */
export async function signWithSmithy(req: LabRequest, opts: SigningOptions): Promise<LabRequest> {
  const { accessKeyId, secretAccessKey, sessionToken } = opts.credentials;
  const signer = new SignatureV4({
    service: opts.service,
    region: opts.region,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken && !opts.tokenAfterSigning ? { sessionToken } : {}) },
    sha256: Sha256,
    uriEscapePath: opts.normalizePath,
    applyChecksum: opts.applyChecksum,
  });
  const input = toSmithyRequest(req, opts);
  let signed: HttpRequest;
  if (opts.mode === "query") {
    signed = await signer.presign(input, { signingDate: opts.signingDate, expiresIn: toExpiresIn(opts.expiresIn ?? 3600) });
    if (sessionToken && opts.tokenAfterSigning) signed.query = { ...signed.query, [TOKEN_QUERY_PARAM]: sessionToken };
  } else {
    signed = await signer.sign(input, { signingDate: opts.signingDate });
    if (sessionToken && opts.tokenAfterSigning) signed.headers = { ...signed.headers, [TOKEN_HEADER]: sessionToken };
  }
  return fromSmithyRequest(req, signed);
}

/**
 * smithy refuses to presign beyond seven days, but a hand-built URL can say anything, and the lab must show what
 * AWS answers to one. The number's value passes smithy's guard while its text is the real `X-Amz-Expires`.
 */
function toExpiresIn(seconds: number): number {
  if (seconds <= MAX_PRESIGNED_TTL) return seconds;
  return { valueOf: () => MAX_PRESIGNED_TTL, toString: () => String(seconds) } as unknown as number;
}
