import { getChecksum } from "../../checksums/getChecksum.ts";
import { getChecksumAlgorithm } from "../../checksums/checksumAlgorithms.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import type { LabRequest, SigningTrace } from "../../types.ts";
import { encodeAwsChunked } from "./encodeAwsChunked.ts";
import { getStreamingPayload } from "./streamingPayloads.ts";
import type { AwsTrailer } from "./types.ts";

export interface AwsChunkedFraming {
  /** Bytes per chunk (the SDKs use 64 KiB; S3 wants 8 KiB or more for every chunk but the last). */
  chunkSize: number;
  /** A 1-based chunk whose first byte a proxy changes after the chunk was signed. */
  tamperChunk?: number;
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * What an SDK does after signing a streaming upload's head: the body (the object's bytes, as the scenario wrote
 * it) is sent `aws-chunked`, each chunk signed from the seed signature when x-amz-content-sha256 says so, with the
 * trailing checksum x-amz-trailer announces. `tamperChunk` then changes one byte of that chunk, as a proxy would.
 * A request that is not declared `STREAMING-…` is returned unchanged.
 */
export function frameAwsChunkedRequest(req: LabRequest, client: SigningTrace | null, framing: AwsChunkedFraming): LabRequest {
  const streaming = getStreamingPayload(getHeaderValues(req, "x-amz-content-sha256")[0] ?? "");
  if (!streaming) return req;
  const data = req.body;
  const announced = getChecksumAlgorithm(getHeaderValues(req, "x-amz-trailer")[0]?.trim() ?? "");
  const trailers: AwsTrailer[] = streaming.trailer && announced ? [[`x-amz-checksum-${announced.toLowerCase()}`, getChecksum(announced, data)]] : [];
  const amzDate = getHeaderValues(req, "x-amz-date")[0];
  const signing = streaming.signedChunks && client && amzDate
    ? { signingKey: fromHex(client.signingKeyChain.kSigning), amzDate, scope: client.credentialScope, seedSignature: client.signature }
    : undefined;
  const body = encodeAwsChunked(data, Math.max(1, framing.chunkSize), trailers, signing);
  if (framing.tamperChunk !== undefined) {
    const at = findChunkDataStart(body, framing.tamperChunk);
    if (at >= 0) body[at] = body[at]! ^ 0x20; // `a` becomes `A`: same length, so the framing still holds
  }
  return { ...req, body };
}

/** Where the n-th chunk's data starts in an encoded body (just after its header's CRLF), or -1. */
function findChunkDataStart(body: Uint8Array, n: number): number {
  let pos = 0;
  for (let i = 1; i <= n; i++) {
    let eol = pos;
    while (eol + 1 < body.length && !(body[eol] === 0x0d && body[eol + 1] === 0x0a)) eol++;
    if (eol + 1 >= body.length) return -1;
    const size = parseInt(new TextDecoder().decode(body.subarray(pos, eol)).split(";")[0]!, 16);
    if (i === n) return size > 0 ? eol + 2 : -1;
    pos = eol + 2 + size + 2;
  }
  return -1;
}
