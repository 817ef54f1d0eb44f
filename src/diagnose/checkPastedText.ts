import { MAX_PASTE_CHARS } from "../lab/limits.ts";

/** The most the page reads (stated once, in src/lab/limits.ts): an error, a body, a header or a URL fit many times over. */
export { MAX_PASTE_CHARS };

/**
 * Whether the pasted text can be diagnosed, and if not, a message that says what is wrong and what to paste
 * instead. Binary data shows as NUL bytes, control characters or U+FFFD replacement characters.
 */
export function checkPastedText(text: string): { ok: true } | { ok: false; reason: string } {
  if (text.trim() === "") {
    return { ok: false, reason: "Nothing to diagnose yet: paste an AWS error message, a response body, an Authorization header or a presigned URL." };
  }
  if (text.length > MAX_PASTE_CHARS) {
    const size = text.length >= 1024 * 1024 ? `${(text.length / (1024 * 1024)).toFixed(1)} million` : `${Math.round(text.length / 1024)} thousand`;
    return {
      ok: false,
      reason: `That is ${size} characters, more than the ${MAX_PASTE_CHARS / 1024} thousand this page reads. Paste only the error line, the response body, the Authorization header or the URL.`,
    };
  }
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { ok: false, reason: "That looks like binary data (it contains NUL bytes), not text. Paste the error as text: the error line, the response body, the Authorization header or the URL." };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (odd > 8 && odd / text.length > 0.01) {
    return { ok: false, reason: `That looks like binary data (${odd} control or undecodable characters), not text. Paste the error as text: the error line, the response body, the Authorization header or the URL.` };
  }
  return { ok: true };
}
