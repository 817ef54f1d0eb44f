import { MAX_ECHO_CHARS } from "../lab/index.ts";

/**
 * Text from a request made safe to print: C0 controls (ESC, NUL, CR…), DEL and C1 controls become `\x1b`-style
 * escapes, and bidirectional overrides `\u202e`-style, so input can neither move the cursor, recolour the
 * terminal, nor hide text. Line feeds stay only where the caller keeps lines (`keepLineFeeds`).
 */
export function escapeForTerminal(text: string, opts: { keepLineFeeds?: boolean } = {}): string {
  let out = "";
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (!control && !bidi) continue;
    if (c === 0x0a && opts.keepLineFeeds) continue;
    if (c === 0x09) continue;
    out += text.slice(plainFrom, i) + (bidi ? `\\u${c.toString(16)}` : `\\x${c.toString(16).padStart(2, "0")}`);
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** Echoed input cut to `max` characters with an ellipsis, so a 4 MB line costs one short line. */
export function cutEcho(text: string, max: number = MAX_ECHO_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** A problem line: every `quoted` piece of input cut, then the whole line escaped (line feeds too). */
export function formatProblemLine(text: string): string {
  const cut = text.replace(/`([^`]*)`/g, (_, inner: string) => `\`${cutEcho(inner)}\``);
  return escapeForTerminal(cutEcho(cut, 4 * MAX_ECHO_CHARS));
}
