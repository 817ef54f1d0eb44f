import { getChecksumAlgorithm, type ChecksumAlgorithm } from "./checksumAlgorithms.ts";

/** A checksum the client declared for the object, and where: a header, a presigned URL's query, or a trailer. */
export interface DeclaredChecksum {
  /** Lower-case name as sent (`x-amz-checksum-crc32`). */
  name: string;
  /** undefined for a name S3 does not know (`x-amz-checksum-bad`). */
  algorithm: ChecksumAlgorithm | undefined;
  value: string;
  from: "header" | "query" | "trailer";
}

/** `x-amz-checksum-*` names that are not a checksum value (CreateMultipartUpload's algorithm and type, GET's mode). */
const NOT_A_VALUE = new Set(["x-amz-checksum-algorithm", "x-amz-checksum-type", "x-amz-checksum-mode"]);
const PREFIX = "x-amz-checksum-";

/**
 * Every `x-amz-checksum-<alg>` the request carries, in order: headers, then the query (a presigned URL hoists signed
 * x-amz-* headers there: JS v3's presigner puts `x-amz-checksum-crc32` and `x-amz-sdk-checksum-algorithm` in it),
 * then trailers.
 */
export function getDeclaredChecksums(headers: Array<{ name: string; value: string }>, query: Array<[string, string]>, trailers: Array<[string, string]>): DeclaredChecksum[] {
  const out: DeclaredChecksum[] = [];
  const add = (rawName: string, value: string, from: DeclaredChecksum["from"]) => {
    const name = rawName.toLowerCase();
    if (!name.startsWith(PREFIX) || NOT_A_VALUE.has(name)) return;
    out.push({ name, algorithm: getChecksumAlgorithm(name), value: value.trim(), from });
  };
  for (const h of headers) add(h.name, h.value, "header");
  for (const [n, v] of query) add(n, v, "query");
  for (const [n, v] of trailers) add(n, v, "trailer");
  return out;
}
