import { Sha256 } from "@aws-crypto/sha256-js";
import { toHex } from "./toHex.ts";

/** Lowercase hex SHA-256 of a UTF-8 string or of raw bytes. */
const encoder = new TextEncoder();

export function sha256Hex(data: string | Uint8Array): string {
  const hash = new Sha256();
  hash.update(typeof data === "string" ? encoder.encode(data) : data);
  return toHex(hash.digestSync());
}
