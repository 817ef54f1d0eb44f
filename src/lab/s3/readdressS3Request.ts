/** What an S3 fault changes in the sample request: the Host, the bucket as a path prefix, the method. */
export interface S3Readdress {
  host?: string;
  /** Prepended to the path for a path-style request (`/bucket`). */
  pathPrefix?: string;
  method?: string;
}

/**
 * The raw request text with its request line and Host header changed (the S3 region faults' readdressing). Index
 * scans only; a request without a blank line or a Host is changed as far as it goes. Never throws.
 */
export function readdressS3Request(raw: string, change: S3Readdress): string {
  const headEnd = raw.indexOf("\r\n\r\n");
  const head = headEnd === -1 ? raw : raw.slice(0, headEnd);
  const rest = headEnd === -1 ? "" : raw.slice(headEnd);
  const lines = head.split("\r\n");
  const [method = "GET", target = "/", version = "HTTP/1.1"] = (lines[0] ?? "").split(" ");
  lines[0] = `${change.method ?? method} ${(change.pathPrefix ?? "") + target} ${version}`;
  if (change.host !== undefined) {
    const at = lines.findIndex((line, i) => i > 0 && line.slice(0, 5).toLowerCase() === "host:");
    if (at === -1) lines.splice(1, 0, `Host: ${change.host}`);
    else lines[at] = `Host: ${change.host}`;
  }
  return lines.join("\r\n") + rest;
}
