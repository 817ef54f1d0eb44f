/**
 * The `x-amz-content-sha256` values of an `aws-chunked` body that the lab verifies (AWS docs, "Authenticating
 * Requests: Using the Authorization Header": sigv4-auth-using-authorization-header.html). The ECDSA (SigV4a)
 * variants are passed through unverified.
 */
export const STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
export const STREAMING_SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
export const STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

export interface StreamingPayload {
  /** Each chunk carries a chunk-signature chained from the seed signature. */
  signedChunks: boolean;
  /** Trailing headers follow the final chunk (signed by x-amz-trailer-signature when the chunks are signed). */
  trailer: boolean;
}

/** What an `x-amz-content-sha256` value says about the body, or undefined when it is not one the lab verifies. */
export function getStreamingPayload(declared: string): StreamingPayload | undefined {
  switch (declared) {
    case STREAMING_SIGNED:
      return { signedChunks: true, trailer: false };
    case STREAMING_SIGNED_TRAILER:
      return { signedChunks: true, trailer: true };
    case STREAMING_UNSIGNED_TRAILER:
      return { signedChunks: false, trailer: true };
    default:
      return undefined;
  }
}
