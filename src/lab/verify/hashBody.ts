import { sha256Hex } from "../crypto/sha256Hex.ts";

/**
 * The body's hash, remembered for the last small body: the playground re-verifies the same few bytes on every
 * keystroke in the headers, and most lab requests have an empty or `{}` body. Compared byte for byte, never trusted.
 */
const MEMO_MAX_BYTES = 4096;
let memoBody: Uint8Array | null = null;
let memoHash = "";

export function hashBody(body: Uint8Array): string {
  if (body.length > MEMO_MAX_BYTES) return sha256Hex(body);
  if (memoBody !== null && memoBody.length === body.length && memoBody.every((b, i) => b === body[i])) return memoHash;
  memoHash = sha256Hex(body);
  memoBody = body.slice();
  return memoHash;
}
