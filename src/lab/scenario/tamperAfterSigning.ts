import type { LabRequest, TamperKind } from "../types.ts";

function withHeader(req: LabRequest, name: string, change: (value: string) => string): LabRequest {
  const lower = name.toLowerCase();
  return { ...req, headers: req.headers.map((h) => (h.name.toLowerCase() === lower ? { ...h, value: change(h.value) } : h)) };
}

/**
 * What a proxy between client and AWS does to a signed request:
 * - `header`: rewrites a signed header — Content-Type gains `; charset=UTF-8`, or, when Content-Type is not
 *   signed, Host gains the default port `:443`;
 * - `body`: re-serialises the body with a trailing newline (and fixes Content-Length).
 * `unsigned-header` is done by runScenario (the header is added after signing).
 */
export function tamperAfterSigning(req: LabRequest, kind: TamperKind, signedHeaders: string[]): LabRequest {
  if (kind === "header") {
    const hasContentType = req.headers.some((h) => h.name.toLowerCase() === "content-type");
    if (hasContentType && signedHeaders.includes("content-type")) return withHeader(req, "content-type", (v) => `${v}; charset=UTF-8`);
    return withHeader(req, "host", (v) => (v.includes(":") ? v : `${v}:443`));
  }
  if (kind === "body") {
    const body = new Uint8Array(req.body.length + 1);
    body.set(req.body);
    body[req.body.length] = 0x0a;
    return withHeader({ ...req, body }, "content-length", () => String(body.length));
  }
  return req;
}
