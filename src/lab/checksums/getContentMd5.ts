import { md5 } from "@noble/hashes/legacy.js";
import { encodeBase64 } from "./encodeBase64.ts";

/** The base64 MD5 of `bytes`, as a `Content-MD5` header carries it (RFC 1864). */
export function getContentMd5(bytes: Uint8Array): string {
  return encodeBase64(md5(bytes));
}
