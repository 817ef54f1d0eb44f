import type { LabRequest, RawHeader, Scenario } from "../types.ts";

/**
 * What the network between the signer and AWS does to a signed request (a custom domain's host, CloudFront's
 * origin path, a client library dropping a header, an HTTP client choosing its own Content-Type or re-encoding the
 * path): applied after signing, so the signature no longer covers it. A new body fixes Content-Length if one is sent.
 */
export function applyTransit(req: LabRequest, transit: NonNullable<Scenario["afterSigning"]>): LabRequest {
  const drop = new Set((transit.dropHeaders ?? []).map((h) => h.toLowerCase()));
  let headers = req.headers
    .filter((h) => !drop.has(h.name.toLowerCase()))
    .map((h) => (transit.host !== undefined && h.name.toLowerCase() === "host" ? { ...h, value: transit.host } : h));
  for (const [name, value] of transit.setHeaders ?? []) headers = setHeader(headers, name, value);
  let body = req.body;
  if (transit.body !== undefined) {
    body = new TextEncoder().encode(transit.body);
    if (headers.some((h) => h.name.toLowerCase() === "content-length")) headers = setHeader(headers, "Content-Length", String(body.length));
  }
  if (transit.target === undefined) return { ...req, headers, body };
  const q = req.target.indexOf("?");
  return { ...req, headers, body, target: transit.target + (q >= 0 ? req.target.slice(q) : "") };
}

function setHeader(headers: RawHeader[], name: string, value: string): RawHeader[] {
  const lower = name.toLowerCase();
  if (!headers.some((h) => h.name.toLowerCase() === lower)) return [...headers, { name, value }];
  return headers.map((h) => (h.name.toLowerCase() === lower ? { ...h, value } : h));
}
