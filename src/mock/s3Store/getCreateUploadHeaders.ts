import type { LabRequest } from "../lab.ts";

/** Headers S3 keeps from CreateMultipartUpload for the finished object (the lab's getS3ObjectWrite keeps the same). */
const STORED = ["content-type", "content-encoding", "content-language", "content-disposition", "cache-control", "expires", "x-amz-checksum-algorithm", "x-amz-checksum-type"];

/** CreateMultipartUpload's headers as the object will carry them: lower-case names, values trimmed. */
export function getCreateUploadHeaders(req: LabRequest): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const h of req.headers) {
    const name = h.name.toLowerCase();
    if (STORED.includes(name) || name.startsWith("x-amz-meta-")) out.push([name, h.value.trim()]);
  }
  return out;
}
