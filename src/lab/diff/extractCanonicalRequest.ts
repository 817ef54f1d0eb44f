import { trimChars, trimEndChars } from "../text/trimChars.ts";

const SHOULD_HAVE_BEEN = "The Canonical String for this request should have been";
const STRING_TO_SIGN = "The String-to-Sign should have been";
const HEX_BYTES = /^\s*[0-9a-fA-F]{2}(\s+[0-9a-fA-F]{2})*\s*$/;

const WHITESPACE = " \t\n\v\f\r\u00a0\ufeff";

/** The text of the first `<name>…</name>`, found with indexOf so a thousand unclosed tags cost one pass. */
function getElementText(text: string, name: string): string | undefined {
  const open = text.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const close = text.indexOf(`</${name}>`, open);
  return close < 0 ? undefined : text.slice(open + name.length + 2, close);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The canonical request inside whatever the reader pasted: a bare canonical request; S3's SignatureDoesNotMatch
 * body (its `<CanonicalRequest>`, XML-unescaped, or the `<CanonicalRequestBytes>` hex pairs); or a message with
 * "The Canonical String for this request should have been\n'…'" (also as a JSON string with `\n` escapes).
 * Line ends become LF and surrounding blank lines go; nothing inside is touched.
 */
export function extractCanonicalRequest(pasted: string): string {
  let text = pasted.replace(/\r\n?/g, "\n");
  if (!text.includes("\n") && text.includes("\\n")) text = text.replace(/\\n/g, "\n");
  const fromXml = getElementText(text, "CanonicalRequest");
  if (fromXml !== undefined) text = unescapeXml(fromXml);
  else if (HEX_BYTES.test(text) && text.trim().length > 2) {
    const bytes = Uint8Array.from(text.trim().split(/\s+/), (h) => parseInt(h, 16));
    text = new TextDecoder().decode(bytes);
  }
  const quoted = getQuotedCanonicalRequest(text);
  if (quoted !== undefined) text = quoted;
  return trimChars(text, "\n");
}

/**
 * The text between the quotes of "…should have been\n'…'", which ends at a blank line before "The String-to-Sign
 * should have been" or at the end of the text. Index scans: the regex form was quadratic on a run of newlines.
 */
function getQuotedCanonicalRequest(text: string): string | undefined {
  const at = text.indexOf(SHOULD_HAVE_BEEN);
  if (at < 0) return undefined;
  let open = at + SHOULD_HAVE_BEEN.length;
  const afterIntro = open;
  while (open < text.length && /\s/.test(text[open]!)) open++;
  if (text[open] !== "'" || !text.slice(afterIntro, open).includes("\n")) return undefined;
  const next = text.indexOf(STRING_TO_SIGN, open + 1);
  const tail = trimEndChars(next < 0 ? text : text.slice(0, next), WHITESPACE);
  if (!tail.endsWith("'") || tail.length <= open + 1) return undefined;
  if (next >= 0 && (text.slice(tail.length, next).match(/\n/g)?.length ?? 0) < 2) return undefined;
  return tail.slice(open + 1, -1);
}
