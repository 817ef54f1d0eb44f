import type { LabRequest, S3ObjectWrite } from "../types.ts";
import type { RequestIntent } from "../request/parseRequestIntent.ts";
import { getS3Address } from "./getS3Address.ts";

/** Headers S3 stores with an object and echoes on GET and HEAD. */
const STORED = ["content-type", "content-encoding", "content-language", "content-disposition", "cache-control", "expires"];

/**
 * The object a verified PutObject or UploadPart writes: its bucket, key, bytes and the headers S3 keeps. `bytes`
 * is the payload as the caller decoded it (the body itself, or the data of an `aws-chunked` body).
 */
export function getS3ObjectWrite(req: LabRequest, intent: RequestIntent, operation: string, bytes: Uint8Array): S3ObjectWrite | undefined {
  if (operation !== "PutObject" && operation !== "UploadPart") return undefined;
  const { bucket, key } = getS3Address(intent.host, intent.path);
  const headers: Array<[string, string]> = [];
  for (const h of req.headers) {
    const name = h.name.toLowerCase();
    if (STORED.includes(name) || name.startsWith("x-amz-meta-") || name.startsWith("x-amz-checksum-")) headers.push([name, h.value.trim()]);
  }
  return { operation, bucket, key, bytes, headers };
}
