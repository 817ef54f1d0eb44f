import { MAX_AWS_CHUNK_HEADER_BYTES, MAX_AWS_CHUNKS, MAX_AWS_TRAILER_BYTES } from "../../limits.ts";
import type { AwsChunk, AwsChunkedResult, AwsTrailer } from "./types.ts";

const CR = 0x0d;
const LF = 0x0a;
const SIGNATURE_KEY = "chunk-signature";
const TRAILER_SIGNATURE = "x-amz-trailer-signature";
const latin1 = new TextDecoder("latin1");

/** The index of the next CRLF at or after `from`, looking at most `limit` bytes ahead; -1 when there is none. */
function findCrlf(body: Uint8Array, from: number, limit: number): number {
  const end = Math.min(body.length - 1, from + limit);
  for (let i = from; i < end; i++) if (body[i] === CR && body[i + 1] === LF) return i;
  return -1;
}

type ChunkHeader = { size: number; signature: string | undefined; extensionBeforeSignature: boolean } | string;

/** `hex[ ][;ext=value]…`: the size, and `chunk-signature`'s value wherever it stands (spaces around `=` allowed). */
function parseChunkHeader(line: string): ChunkHeader {
  const parts = line.split(";");
  const sizeText = parts[0]!.trim();
  if (sizeText.length === 0 || sizeText.length > 13) return `chunk size \`${sizeText}\` is not 1 to 13 hex digits`;
  for (let i = 0; i < sizeText.length; i++) {
    const c = sizeText.charCodeAt(i) | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return `chunk size \`${sizeText}\` is not hex`;
  }
  let signature: string | undefined;
  let extensionBeforeSignature = false;
  for (let i = 1; i < parts.length; i++) {
    const eq = parts[i]!.indexOf("=");
    const key = (eq < 0 ? parts[i]! : parts[i]!.slice(0, eq)).trim();
    if (key === SIGNATURE_KEY && signature === undefined) {
      signature = eq < 0 ? "" : parts[i]!.slice(eq + 1).trim();
      extensionBeforeSignature = i > 1;
    } else if (signature !== undefined) {
      return `an extension \`${key}\` follows chunk-signature`;
    }
  }
  return { size: parseInt(sizeText, 16), signature, extensionBeforeSignature };
}

/**
 * Decodes an `aws-chunked` body (S3's sigv4-streaming framing): `hex-size[;chunk-signature=sig]\r\n data \r\n`
 * repeated, a 0-length final chunk, then optional trailing headers (`name:value\r\n`, a signed stream ending with
 * `x-amz-trailer-signature`), then an optional empty line. One pass, never throws; chunk count, header and trailer
 * sizes are bounded by limits.ts. The final chunk's data CRLF is optional when trailers follow (JS v3 and the AWS
 * docs' trailer example differ there), as are the CRLF after the last trailer and one trailing empty line.
 */
export function decodeAwsChunked(body: Uint8Array): AwsChunkedResult {
  const chunks: AwsChunk[] = [];
  const fail = (problem: "truncated" | "chunkHeader" | "trailer" | "trailerTruncated", detail: string, offset: number): AwsChunkedResult =>
    ({ ok: false, problem, detail, offset, chunks });
  let pos = 0;
  let total = 0;
  for (;;) {
    if (chunks.length >= MAX_AWS_CHUNKS) return fail("chunkHeader", `more than ${MAX_AWS_CHUNKS} chunks`, pos);
    const eol = findCrlf(body, pos, MAX_AWS_CHUNK_HEADER_BYTES);
    if (eol < 0) {
      return body.length - pos > MAX_AWS_CHUNK_HEADER_BYTES
        ? fail("chunkHeader", `a chunk header longer than ${MAX_AWS_CHUNK_HEADER_BYTES} bytes`, pos)
        : fail("truncated", pos >= body.length ? "the body ends before the final 0-length chunk" : "a chunk header without its CRLF", pos);
    }
    const header = parseChunkHeader(latin1.decode(body.subarray(pos, eol)));
    if (typeof header === "string") return fail("chunkHeader", header, pos);
    const dataStart = eol + 2;
    chunks.push({ size: header.size, signature: header.signature, dataStart, extensionBeforeSignature: header.extensionBeforeSignature });
    if (header.size === 0) {
      pos = dataStart;
      break;
    }
    if (header.size > body.length - dataStart) return fail("truncated", `chunk ${chunks.length} declares ${header.size} bytes; ${body.length - dataStart} remain`, pos);
    const after = dataStart + header.size;
    if (body[after] !== CR || body[after + 1] !== LF) return fail("truncated", `chunk ${chunks.length}'s data is not followed by CRLF`, after);
    total += header.size;
    pos = after + 2;
  }

  const data = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    data.set(body.subarray(c.dataStart, c.dataStart + c.size), o);
    o += c.size;
  }

  const trailers: AwsTrailer[] = [];
  let trailerSignature: string | undefined;
  const trailerStart = pos;
  // JS v3 ends a trailer-less stream with `0\r\n\r\n`; the docs' trailer example puts an empty line before the trailers.
  const leadingEmpty = body[pos] === CR && body[pos + 1] === LF;
  if (leadingEmpty) pos += 2;
  while (pos < body.length) {
    if (pos - trailerStart > MAX_AWS_TRAILER_BYTES) return fail("trailer", `trailers longer than ${MAX_AWS_TRAILER_BYTES} bytes`, pos);
    let eol = findCrlf(body, pos, MAX_AWS_TRAILER_BYTES);
    if (eol < 0) {
      if (body.length - pos > MAX_AWS_TRAILER_BYTES) return fail("trailer", `a trailer line longer than ${MAX_AWS_TRAILER_BYTES} bytes`, pos);
      eol = body.length;
      const rest = body.subarray(pos);
      if (rest.includes(CR) || rest.includes(LF)) return fail("trailerTruncated", "a trailer line ends with a bare CR or LF", pos);
    }
    if (eol === pos) break;
    const line = latin1.decode(body.subarray(pos, eol));
    const colon = line.indexOf(":");
    // After `0\r\n\r\n` the stream has ended: AWS ignores what follows (Swift's zero_chunk_mid_stream test).
    if (colon <= 0 && leadingEmpty && trailers.length === 0 && trailerSignature === undefined) break;
    if (colon <= 0) return fail("trailer", `trailer line \`${line.slice(0, 60)}\` is not name:value`, pos);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === TRAILER_SIGNATURE) trailerSignature = value;
    else trailers.push([name, value]);
    pos = eol + 2;
  }
  if (leadingEmpty && trailers.length > 0 && trailerSignature === undefined) return fail("trailer", "an empty line before the trailing headers", trailerStart);
  const canonicalTrailers = trailers.length === 0 ? "\n" : trailers.map(([n, v]) => `${n}:${v}\n`).join("");
  return { ok: true, value: { chunks, data, trailers, trailerSignature, canonicalTrailers } };
}
