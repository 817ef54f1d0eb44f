import type { LabResponse } from "../types.ts";

/** A response as raw HTTP/1.1 text: status line, headers, blank line, body. CRLF line ends, as on the wire. */
export function serializeResponse(r: LabResponse): string {
  let out = `HTTP/1.1 ${r.status} ${r.statusText}\r\n`;
  for (const [name, value] of r.headers) out += `${name}: ${value}\r\n`;
  return `${out}\r\n${r.body}`;
}
