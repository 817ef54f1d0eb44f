/** One chunk of an `aws-chunked` body, as framed on the wire. */
export interface AwsChunk {
  /** The size the chunk header declares, in bytes. */
  size: number;
  /** `chunk-signature=` as received (trimmed), or undefined when the header carries none. */
  signature: string | undefined;
  /** Where the chunk's data starts in the body. */
  dataStart: number;
  /** Whether `chunk-signature` came after another extension (S3 then checks the wrong value, §swift tests). */
  extensionBeforeSignature: boolean;
}

/** A trailing header, name lower-cased and value trimmed, as sent after the final chunk. */
export type AwsTrailer = [name: string, value: string];

export interface DecodedAwsChunked {
  chunks: AwsChunk[];
  /** The object's bytes: every chunk's data, joined. */
  data: Uint8Array;
  /** Trailing headers other than `x-amz-trailer-signature`, in order. */
  trailers: AwsTrailer[];
  trailerSignature: string | undefined;
  /** The trailers as their signature hashes them: `name:value\n` each (AWS's worked example), `\n` when none. */
  canonicalTrailers: string;
}

/**
 * Why a body is not a well-formed `aws-chunked` stream:
 * - `truncated`: the body ends inside a chunk, before the final 0-length chunk, or a data block lacks its CRLF;
 * - `chunkHeader`: a chunk header is not `hex[;chunk-signature=…]`, or it is over the limits;
 * - `trailer`: the trailing headers are not `name:value` lines (or an empty line comes first);
 * - `trailerTruncated`: a trailer line lacks its CRLF.
 */
export type AwsChunkedProblem = "truncated" | "chunkHeader" | "trailer" | "trailerTruncated";

export type AwsChunkedResult =
  | { ok: true; value: DecodedAwsChunked }
  | { ok: false; problem: AwsChunkedProblem; detail: string; offset: number; chunks: AwsChunk[] };
