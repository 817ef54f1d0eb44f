import { createStoreResponse } from "./createStoreResponse.ts";
import { parseRange } from "./parseRange.ts";
import { storeError } from "./s3StoreErrors.ts";
import type { StoreError } from "./s3StoreErrors.ts";
import type { Envelope, StoredObject, StoreResponse } from "./types.ts";

/** What a GetObject or HeadObject asks beyond the key: the headers that change the answer. */
export interface ObjectAsk {
  method: string;
  range?: string;
  /** `x-amz-checksum-mode: ENABLED` (JS v3 and botocore send it by default since their 2025 releases). */
  checksumMode: boolean;
  ifMatch?: string;
  ifNoneMatch?: string;
}

/** Stored header names as S3 spells them on the wire (lower-case names arrive from the lab). */
const SPELLING = new Map([
  ["content-type", "Content-Type"],
  ["content-encoding", "Content-Encoding"],
  ["content-language", "Content-Language"],
  ["content-disposition", "Content-Disposition"],
  ["cache-control", "Cache-Control"],
  ["expires", "Expires"],
]);

/**
 * GetObject and HeadObject from the store: the bytes (or a range of them, 206 with Content-Range), ETag,
 * Last-Modified, the stored headers and metadata, and the checksum when asked for the whole object. S3 reports no
 * checksum for a byte range (S3 user guide, "Checking object integrity": checksums are for whole objects or parts).
 * HEAD carries the headers and no body.
 */
export function renderObject(obj: StoredObject, envelope: Envelope, ask: ObjectAsk): StoreResponse | StoreError {
  const strip = (t: string) => t.trim().replace(/^W\//, "").replace(/"/g, "");
  if (ask.ifMatch !== undefined && ask.ifMatch.trim() !== "*" && !ask.ifMatch.split(",").some((t) => strip(t) === strip(obj.etag))) {
    return storeError("PreconditionFailed", [["Condition", "If-Match"]]);
  }
  const size = obj.bytes.length;
  const range = parseRange(ask.range, size);
  if (range.kind === "unsatisfiable") return storeError("InvalidRange", [["RangeRequested", ask.range?.trim() ?? ""], ["ActualObjectSize", String(size)]]);
  const head: Array<[string, string]> = [["Last-Modified", obj.lastModified.toUTCString()], ["ETag", obj.etag]];
  if (ask.ifNoneMatch !== undefined && ask.ifNoneMatch.split(",").some((t) => t.trim() === "*" || strip(t) === strip(obj.etag))) {
    return createStoreResponse(304, envelope, head, "");
  }
  if (ask.checksumMode && range.kind === "whole" && obj.checksum) {
    head.push([obj.checksum.header, obj.checksum.value], ["x-amz-checksum-type", obj.checksum.type]);
  }
  // S3 encrypts every new object with SSE-S3 since 2023-01-05 and says so on GET, HEAD and PUT (S3 user guide,
  // "Setting default server-side encryption behavior for Amazon S3 buckets").
  head.push(["x-amz-server-side-encryption", "AES256"]);
  let type = "binary/octet-stream"; // S3's type for an object stored without one (S3 user guide, "Working with object metadata")
  for (const [name, value] of obj.headers) {
    if (name === "content-type") type = value;
    else if (SPELLING.has(name)) head.push([SPELLING.get(name)!, value]);
    else if (name.startsWith("x-amz-meta-")) head.push([name, value]);
  }
  head.push(["Accept-Ranges", "bytes"], ["Content-Type", type]);
  const isHead = ask.method.toUpperCase() === "HEAD";
  if (range.kind === "part") {
    const slice = obj.bytes.subarray(range.start, range.end + 1);
    head.push(["Content-Range", `bytes ${range.start}-${range.end}/${size}`], ["Content-Length", String(slice.length)]);
    return createStoreResponse(206, envelope, head, isHead ? "" : slice);
  }
  head.push(["Content-Length", String(size)]);
  return createStoreResponse(200, envelope, head, isHead ? "" : obj.bytes);
}
