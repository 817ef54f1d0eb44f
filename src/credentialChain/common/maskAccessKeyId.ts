import { KEY_ID_PREFIX_LENGTH } from "../constants.ts";

/** `AKIAIOSFODNN7EXAMPLE` → `AKIA****************`: the type prefix stays, the rest is masked, the length kept. */
export function maskAccessKeyId(accessKeyId: string): string {
  const chars = Array.from(accessKeyId);
  return chars.slice(0, KEY_ID_PREFIX_LENGTH).join("") + "*".repeat(Math.max(0, chars.length - KEY_ID_PREFIX_LENGTH));
}
