const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Strict RFC 3986 percent-encoding as SigV4 wants it: only `A-Z a-z 0-9 - . _ ~` stay literal, every other byte
 * of the UTF-8 form becomes `%XX` with uppercase hex (so `/` is encoded too: callers encode one segment at a time).
 */
export function uriEncode(input: string | Uint8Array): string {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  let out = "";
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && UNRESERVED.test(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
