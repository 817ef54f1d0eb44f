import type { S3ObjectWrite } from "../../types.ts";
import type { PostForm } from "./types.ts";

/** Form fields S3 stores with the object as headers (besides x-amz-meta-* and x-amz-checksum-*). */
const STORED = ["content-type", "cache-control", "content-disposition", "content-encoding", "content-language", "expires"];

/**
 * Without a Content-Type field S3 stores `binary/octet-stream`, whatever the file part's own header says.
 * source: localstack tests/aws/services/s3/test_s3.snapshot.json, TestS3PresignedPost (AWS-recorded HeadObject/GetObject
 * after a `requests` upload: "ContentType": "binary/octet-stream"). single-source
 */
const DEFAULT_CONTENT_TYPE = "binary/octet-stream";

/**
 * The object a verified POST writes: the `key` field with each `${filename}` replaced by the file's name (S3 API
 * reference, POST Object, `key`), the file's bytes, and the stored fields as lower-cased header pairs.
 */
export function getPostObjectWrite(form: PostForm, bucket: string): S3ObjectWrite {
  const key = (form.byName.get("key") ?? "").replaceAll("${filename}", form.file?.filename ?? "");
  const headers: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const { name, value } of form.fields) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) continue;
    if (STORED.includes(lower) || lower.startsWith("x-amz-meta-") || lower.startsWith("x-amz-checksum-")) {
      seen.add(lower);
      headers.push([lower, value]);
    }
  }
  if (!seen.has("content-type")) headers.unshift(["content-type", DEFAULT_CONTENT_TYPE]);
  return { operation: "PostObject", bucket, key, bytes: form.file?.bytes ?? new Uint8Array(0), headers };
}
