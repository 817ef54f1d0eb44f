/**
 * The S3 operation a request asks for, enough to pick a success body: ListBuckets, GetObject, HeadObject,
 * PutObject, ListObjectsV2, HeadBucket… The bucket is in the Host for virtual-hosted style
 * (`bucket.s3.us-east-1.amazonaws.com`, `bucket.localhost:4599`), else the first path segment.
 */
export function getS3Operation(method: string, path: string, host: string, query: string | null = null): string {
  const bucketInHost = getVirtualHostedBucket(host) !== null;
  const segments = path.split("/").slice(1);
  const hasBucket = bucketInHost || (segments[0] ?? "") !== "";
  const keyPart = bucketInHost ? segments.join("/") : segments.slice(1).join("/");
  const hasKey = keyPart !== "";
  const m = method.toUpperCase();
  if (!hasBucket) return m === "GET" ? "ListBuckets" : "";
  const has = (name: string) => hasParam(query, name);
  if (!hasKey) {
    if (m === "GET") return has("uploads") ? "ListMultipartUploads" : has("location") ? "GetBucketLocation" : "ListObjectsV2";
    if (m === "HEAD") return "HeadBucket";
    if (m === "PUT") return "CreateBucket";
    if (m === "POST" && has("delete")) return "DeleteObjects";
    if (m === "DELETE") return "DeleteBucket";
    // A POST to the bucket itself, without a subresource, is a browser form upload (S3 API reference, POST Object).
    if (m === "POST" && (query === null || query === "")) return "PostObject";
    return "";
  }
  // S3's REST API reference, one operation per method and sub-resource: POST ?uploads starts a multipart upload,
  // PUT ?partNumber&uploadId sends a part, POST ?uploadId completes it, DELETE ?uploadId aborts it, GET ?uploadId lists parts.
  if (m === "GET") return has("uploadId") ? "ListParts" : "GetObject";
  if (m === "HEAD") return "HeadObject";
  if (m === "PUT") return has("partNumber") && has("uploadId") ? "UploadPart" : "PutObject";
  if (m === "POST") return has("uploads") ? "CreateMultipartUpload" : has("uploadId") ? "CompleteMultipartUpload" : "";
  if (m === "DELETE") return has("uploadId") ? "AbortMultipartUpload" : "DeleteObject";
  return "";
}

/** `bucket.s3.region.amazonaws.com`, `bucket.s3.amazonaws.com` or `bucket.localhost` → bucket; else null. */
export function getVirtualHostedBucket(host: string): string | null {
  const name = host.replace(/:\d+$/, "").toLowerCase();
  if (name === "" || /^[\d.]+$/.test(name) || name.startsWith("[")) return null;
  const s3 = /^(.+?)\.s3[.-]/.exec(name);
  if (s3) return s3[1]!;
  const local = /^(.+)\.localhost$/.exec(name);
  return local ? local[1]! : null;
}

function hasParam(query: string | null, name: string): boolean {
  return query !== null && query.split("&").some((p) => p === name || p.startsWith(`${name}=`));
}
