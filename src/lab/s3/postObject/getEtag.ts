import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "../../crypto/toHex.ts";

/** S3's ETag of a single-part upload: the MD5 of the bytes, as quoted lowercase hex. */
export function getEtag(bytes: Uint8Array): string {
  return `"${toHex(md5(bytes))}"`;
}
