import { EMPTY_BODY_SHA256 } from "../../constants.ts";

/**
 * The string a chunk signature signs (AWS docs, sigv4-streaming.html "Defining the Chunk Body"): the previous
 * signature (the seed signature for the first chunk), the hash of nothing, and the hash of the chunk's data.
 */
export function getChunkStringToSign(amzDate: string, scope: string, previousSignature: string, chunkSha256: string): string {
  return ["AWS4-HMAC-SHA256-PAYLOAD", amzDate, scope, previousSignature, EMPTY_BODY_SHA256, chunkSha256].join("\n");
}

/**
 * The string `x-amz-trailer-signature` signs (AWS docs, sigv4-streaming-trailers.html): the final chunk's signature
 * and the hash of the trailing headers as `name:value\n` lines.
 */
export function getTrailerStringToSign(amzDate: string, scope: string, previousSignature: string, trailersSha256: string): string {
  return ["AWS4-HMAC-SHA256-TRAILER", amzDate, scope, previousSignature, trailersSha256].join("\n");
}
