const HEX = "0123456789abcdef";

/** Lowercase hex of bytes, as SigV4 writes hashes and signatures. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}
