const SHOULD_HAVE_BEEN = /The Canonical String for this request should have been\s*\n'([\s\S]*?)'\s*\n\s*\nThe String-to-Sign should have been/;
const SHOULD_HAVE_BEEN_OPEN = /The Canonical String for this request should have been\s*\n'([\s\S]*)'\s*$/;
const XML_ELEMENT = /<CanonicalRequest>([\s\S]*?)<\/CanonicalRequest>/;
const HEX_BYTES = /^\s*[0-9a-fA-F]{2}(\s+[0-9a-fA-F]{2})*\s*$/;

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
  const fromXml = XML_ELEMENT.exec(text);
  if (fromXml) text = unescapeXml(fromXml[1]!);
  else if (HEX_BYTES.test(text) && text.trim().length > 2) {
    const bytes = Uint8Array.from(text.trim().split(/\s+/), (h) => parseInt(h, 16));
    text = new TextDecoder().decode(bytes);
  }
  const quoted = SHOULD_HAVE_BEEN.exec(text) ?? SHOULD_HAVE_BEEN_OPEN.exec(text);
  if (quoted) text = quoted[1]!;
  return text.replace(/^\n+/, "").replace(/\n+$/, "");
}
