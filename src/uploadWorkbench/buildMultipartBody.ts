import { SHOWN_BODY_BYTES } from "./constants.ts";

/** One part of a multipart/form-data body: a text field, or a file with its name and type. */
export type FormPartValue = { name: string; value: string } | { name: string; fileName: string; type: string; bytes: Uint8Array };

const utf8 = new TextEncoder();

/** A field name or file name as a browser writes it in Content-Disposition: `"` and line breaks escaped. */
function quote(text: string): string {
  return text.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}

/**
 * The multipart/form-data body a browser sends for these parts, in order: each part opens with `--boundary`,
 * a Content-Disposition (and a Content-Type for a file), a blank line and the value; the body ends `--boundary--`.
 * source: https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart-form-data (names
 * escaped as %0A, %0D, %22) and RFC 7578, confirmed.
 */
export function buildMultipartBody(parts: readonly FormPartValue[], boundary: string): { bytes: Uint8Array; shown: string } {
  const chunks: Uint8Array[] = [];
  let shown = "";
  for (const part of parts) {
    const head =
      "fileName" in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"; filename="${quote(part.fileName)}"\r\nContent-Type: ${part.type || "application/octet-stream"}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"\r\n\r\n`;
    chunks.push(utf8.encode(head), "fileName" in part ? part.bytes : utf8.encode(part.value), utf8.encode("\r\n"));
    shown += `${head}${"fileName" in part ? abridge(part.bytes) : part.value}\r\n`;
  }
  chunks.push(utf8.encode(`--${boundary}--\r\n`));
  shown += `--${boundary}--\r\n`;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: out, shown };
}

/** A file's bytes for the page: the start, and how many bytes were left out. */
export function abridge(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, SHOWN_BODY_BYTES));
  return bytes.length <= SHOWN_BODY_BYTES ? text : `${text}… (${bytes.length - SHOWN_BODY_BYTES} more bytes, not shown)`;
}
