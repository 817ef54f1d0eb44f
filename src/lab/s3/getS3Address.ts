import { getVirtualHostedBucket } from "../scenario/getS3Operation.ts";
import { percentDecode } from "../sigv4/percentDecode.ts";

/** The bucket and key an S3 request addresses: virtual-hosted (bucket in the Host) or path-style. */
export interface S3Address {
  bucket: string;
  /** The object key, percent-decoded once as S3 does ("" for a bucket-level request). */
  key: string;
  style: "virtual-hosted" | "path";
}

const utf8 = new TextDecoder("utf-8");

/** Reads the address from the Host (without port, lower-case) and the raw path. The path is never normalised. */
export function getS3Address(host: string, rawPath: string): S3Address {
  const hosted = getVirtualHostedBucket(host);
  const path = rawPath.startsWith("/") ? rawPath.slice(1) : rawPath;
  if (hosted !== null) return { bucket: hosted, key: utf8.decode(percentDecode(path)), style: "virtual-hosted" };
  const slash = path.indexOf("/");
  const bucket = slash === -1 ? path : path.slice(0, slash);
  const key = slash === -1 ? "" : path.slice(slash + 1);
  return { bucket: utf8.decode(percentDecode(bucket)), key: utf8.decode(percentDecode(key)), style: "path" };
}
