const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes `%XX` escapes once, to bytes (the rest of the text as UTF-8). `+` stays a literal `+` (SigV4 is not
 * form encoding), and a `%` not followed by two hex digits stays a literal `%`: it never throws.
 */
export function percentDecode(text: string): Uint8Array {
  const raw = new TextEncoder().encode(text);
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === 0x25 && i + 2 < raw.length && HEX_PAIR.test(String.fromCharCode(raw[i + 1]!, raw[i + 2]!))) {
      out[n++] = parseInt(String.fromCharCode(raw[i + 1]!, raw[i + 2]!), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.slice(0, n);
}
