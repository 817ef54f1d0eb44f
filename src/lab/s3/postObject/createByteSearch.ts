/** Finds `needle` in byte arrays: `(haystack, from) => index or -1`. */
export type ByteSearch = (haystack: Uint8Array, from: number) => number;

/**
 * A Boyer-Moore-Horspool search for one needle, its shift table built once: a body of near-misses (a file full of
 * `\r\n--`) is skipped in strides. At worst needle.length × haystack.length steps, and a multipart delimiter is at
 * most 74 bytes (a 70-byte boundary, RFC 2046 §5.1.1, plus `\r\n--`), so every scan stays linear in the body.
 */
export function createByteSearch(needle: Uint8Array): ByteSearch {
  const m = needle.length;
  const shift = new Uint8Array(256).fill(Math.min(m, 255));
  for (let i = 0; i < m - 1; i++) shift[needle[i]!] = Math.min(m - 1 - i, 255);
  const lastByte = needle[m - 1];
  return (haystack, from) => {
    if (m === 0) return from <= haystack.length ? from : -1;
    for (let at = from; at + m <= haystack.length; at += shift[haystack[at + m - 1]!]!) {
      if (haystack[at + m - 1] !== lastByte) continue;
      let j = 0;
      while (j < m - 1 && haystack[at + j] === needle[j]) j++;
      if (j === m - 1) return at;
    }
    return -1;
  };
}
