import type { LabRequest, S3ObjectWrite } from "../types.ts";
import type { RequestIntent } from "../request/parseRequestIntent.ts";
import { getChecksum } from "../checksums/getChecksum.ts";
import { getDeclaredChecksums } from "../checksums/getDeclaredChecksums.ts";
import { getS3Address } from "./getS3Address.ts";

/** Headers S3 stores with an object and echoes on GET and HEAD. */
const STORED = ["content-type", "content-encoding", "content-language", "content-disposition", "cache-control", "expires"];

/** `gzip, aws-chunked` is stored as `gzip`; `aws-chunked` alone leaves no Content-Encoding (Swift's S3 suite, run against AWS). */
function withoutAwsChunked(value: string): string {
  return value.split(",").map((v) => v.trim()).filter((v) => v !== "" && v.toLowerCase() !== "aws-chunked").join(", ");
}

/**
 * The object a verified PutObject or UploadPart writes: its bucket, key, bytes and the headers S3 keeps. `bytes`
 * is the payload as the caller decoded it (the body itself, or the data of an `aws-chunked` body), and `trailers`
 * the aws-chunked body's trailing headers: a trailing checksum is stored like a header one. A checksum in a
 * presigned URL's query is ignored, as S3 ignores it (verify/checks/getIgnoredQueryChecksum.ts). With no checksum
 * at all, S3 stores its default CRC64NVME (localstack's AWS-recorded test_s3_checksum_no_automatic_sdk_calculation,
 * head-obj-no-checksum).
 */
export function getS3ObjectWrite(req: LabRequest, intent: RequestIntent, operation: string, bytes: Uint8Array, trailers: Array<[string, string]> = []): S3ObjectWrite | undefined {
  if (operation !== "PutObject" && operation !== "UploadPart") return undefined;
  const { bucket, key } = getS3Address(intent.host, intent.path);
  const headers: Array<[string, string]> = [];
  for (const h of req.headers) {
    const name = h.name.toLowerCase();
    if (name === "content-encoding") {
      const kept = withoutAwsChunked(h.value);
      if (kept) headers.push([name, kept]);
    } else if (STORED.includes(name) || name.startsWith("x-amz-meta-")) {
      headers.push([name, h.value.trim()]);
    }
  }
  const checksums = getDeclaredChecksums(req.headers, [], trailers).filter((c) => c.algorithm);
  for (const c of checksums) headers.push([c.name, c.value]);
  if (checksums.length === 0 && operation === "PutObject") headers.push(["x-amz-checksum-crc64nvme", getChecksum("CRC64NVME", bytes)]);
  return { operation, bucket, key, bytes, headers };
}
