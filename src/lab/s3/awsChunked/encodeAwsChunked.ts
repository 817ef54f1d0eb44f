import { sha256Hex } from "../../crypto/sha256Hex.ts";
import { getSignature } from "../../sigv4/getSignature.ts";
import { getChunkStringToSign, getTrailerStringToSign } from "./getChunkStringToSign.ts";
import type { AwsTrailer } from "./types.ts";

export interface AwsChunkedSigning {
  signingKey: Uint8Array;
  amzDate: string;
  scope: string;
  seedSignature: string;
}

const encoder = new TextEncoder();

/**
 * The client side of `aws-chunked`, as the SDKs write it: `data` cut into `chunkSize` pieces, each framed as
 * `hex;chunk-signature=…\r\n data \r\n` when `signing` is given (else `hex\r\n data \r\n`), the final 0-length
 * chunk, then the trailers (`name:value\r\n`, plus `x-amz-trailer-signature` when signed) and an empty line.
 * The lab uses it to build streaming scenarios; the verifier never calls it.
 */
export function encodeAwsChunked(data: Uint8Array, chunkSize: number, trailers: AwsTrailer[], signing?: AwsChunkedSigning): Uint8Array {
  const parts: Uint8Array[] = [];
  let previous = signing?.seedSignature ?? "";
  const sign = (piece: Uint8Array): string => {
    if (!signing) return "";
    previous = getSignature(signing.signingKey, getChunkStringToSign(signing.amzDate, signing.scope, previous, sha256Hex(piece)));
    return `;chunk-signature=${previous}`;
  };
  for (let start = 0; start < data.length; start += chunkSize) {
    const piece = data.subarray(start, Math.min(data.length, start + chunkSize));
    parts.push(encoder.encode(`${piece.length.toString(16)}${sign(piece)}\r\n`), piece, encoder.encode("\r\n"));
  }
  parts.push(encoder.encode(`0${sign(new Uint8Array(0))}\r\n`));
  if (trailers.length > 0 || !signing) {
    const lines = trailers.map(([n, v]) => `${n}:${v}\r\n`).join("");
    parts.push(encoder.encode(lines));
    if (signing && trailers.length > 0) {
      const canonical = trailers.map(([n, v]) => `${n}:${v}\n`).join("");
      const signature = getSignature(signing.signingKey, getTrailerStringToSign(signing.amzDate, signing.scope, previous, sha256Hex(canonical)));
      parts.push(encoder.encode(`x-amz-trailer-signature:${signature}\r\n`));
    }
  }
  parts.push(encoder.encode("\r\n"));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
