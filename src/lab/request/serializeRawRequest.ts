import type { LabRequest } from "../types.ts";

/**
 * Writes a request back as raw HTTP/1.1 text: request line, one `Name: value` line per header in order (obs-fold
 * values keep their line breaks), a blank line, then the body as UTF-8. Line ends are CRLF.
 */
export function serializeRawRequest(req: LabRequest): string {
  let out = `${req.method} ${req.target} ${req.httpVersion}\r\n`;
  for (const { name, value } of req.headers) out += `${name}: ${value}\r\n`;
  return out + "\r\n" + new TextDecoder().decode(req.body);
}
