/**
 * The first index of `needle` in `haystack` at or after `from`, or -1. Each candidate is found by the native
 * single-byte `indexOf`, then compared: at most needle.length × haystack.length steps, and a multipart boundary is
 * at most 70 bytes (RFC 2046 §5.1.1), so the scan stays linear in the body.
 */
export function findBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  if (first === undefined) return from <= haystack.length ? from : -1;
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first, from); i !== -1 && i <= last; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
