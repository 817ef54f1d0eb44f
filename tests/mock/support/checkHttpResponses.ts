const STATUS_LINE = /^HTTP\/1\.1 (\d{3}) [^\r\n]*$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+): ?([^\r\n]*)$/;

/**
 * Checks that `bytes` is one or more complete, well-formed HTTP/1.1 responses, end to end: status line, header lines,
 * a Date header, a Content-Length and exactly that many body bytes (none for a HEAD request).
 * Returns the statuses, or a string saying what is wrong.
 */
export function checkHttpResponses(bytes: Buffer, isHead: boolean): number[] | string {
  const statuses: number[] = [];
  let at = 0;
  if (bytes.length === 0) return "no response at all";
  while (at < bytes.length) {
    const end = bytes.indexOf("\r\n\r\n", at, "latin1");
    if (end < 0) return `unterminated head: ${JSON.stringify(bytes.subarray(at, at + 80).toString("latin1"))}`;
    const [statusLine, ...lines] = bytes.subarray(at, end).toString("latin1").split("\r\n");
    const status = STATUS_LINE.exec(statusLine ?? "");
    if (!status) return `bad status line ${JSON.stringify(statusLine)}`;
    const headers = new Map<string, string>();
    for (const line of lines) {
      const h = HEADER_LINE.exec(line);
      if (!h) return `bad header line ${JSON.stringify(line)}`;
      headers.set(h[1]!.toLowerCase(), h[2]!);
    }
    if (!headers.has("date") || Number.isNaN(Date.parse(headers.get("date")!))) return "no valid Date header";
    const length = Number(headers.get("content-length"));
    if (!headers.has("content-length") || !Number.isInteger(length) || length < 0) return "no Content-Length";
    const bodyLength = isHead ? 0 : length;
    if (end + 4 + bodyLength > bytes.length) return `body shorter than Content-Length ${length}`;
    at = end + 4 + bodyLength;
    statuses.push(Number(status[1]));
  }
  return statuses;
}
