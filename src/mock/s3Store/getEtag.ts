import { createHash } from "node:crypto";

/** A single PUT's ETag: the MD5 of the bytes, hex, in double quotes (S3's PutObject and UploadPart). */
export function getEtag(bytes: Uint8Array): string {
  return `"${createHash("md5").update(bytes).digest("hex")}"`;
}

/**
 * A multipart object's ETag: the MD5 of the parts' binary MD5s, one after another, hex, then `-N` for N parts. AWS
 * documents it only as "not an MD5 digest"; the construction is what s3transfer, rclone and MinIO compute and
 * compare (source: https://github.com/minio/minio/blob/master/cmd/object-api-utils.go `getCompleteMultipartMD5`).
 */
export function getMultipartEtag(partEtags: string[]): string {
  const md5 = createHash("md5");
  for (const etag of partEtags) md5.update(Buffer.from(etag.replace(/"/g, ""), "hex"));
  return `"${md5.digest("hex")}-${partEtags.length}"`;
}
