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
  if (!hasKey) {
    if (m === "GET") return "ListObjectsV2";
    if (m === "HEAD") return "HeadBucket";
    if (m === "PUT") return "CreateBucket";
    // A POST to the bucket itself, without a subresource, is a browser form upload (S3 API reference, POST Object).
    if (m === "POST" && (query === null || query === "")) return "PostObject";
    return "";
  }
  if (m === "GET") return "GetObject";
  if (m === "HEAD") return "HeadObject";
  if (m === "PUT") return hasParam(query, "partNumber") && hasParam(query, "uploadId") ? "UploadPart" : "PutObject";
  if (m === "DELETE") return "DeleteObject";
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
