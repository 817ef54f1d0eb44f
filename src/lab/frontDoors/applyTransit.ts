import type { LabRequest, Scenario } from "../types.ts";

/**
 * What the network between the signer and AWS does to a signed request (a custom domain's host, CloudFront's
 * origin path, a client library dropping a header): applied after signing, so the signature no longer covers it.
 */
export function applyTransit(req: LabRequest, transit: NonNullable<Scenario["afterSigning"]>): LabRequest {
  const drop = new Set((transit.dropHeaders ?? []).map((h) => h.toLowerCase()));
  const headers = req.headers
    .filter((h) => !drop.has(h.name.toLowerCase()))
    .map((h) => (transit.host !== undefined && h.name.toLowerCase() === "host" ? { ...h, value: transit.host } : h));
  if (transit.target === undefined) return { ...req, headers };
  const q = req.target.indexOf("?");
  return { ...req, headers, target: transit.target + (q >= 0 ? req.target.slice(q) : "") };
}
