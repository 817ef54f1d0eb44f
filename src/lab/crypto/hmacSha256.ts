import { Sha256 } from "@aws-crypto/sha256-js";

/** HMAC-SHA256 of a UTF-8 string under a key (a UTF-8 string or raw bytes). */
const encoder = new TextEncoder();

export function hmacSha256(key: string | Uint8Array, data: string): Uint8Array {
  const hash = new Sha256(typeof key === "string" ? encoder.encode(key) : key);
  hash.update(encoder.encode(data));
  return hash.digestSync();
}
