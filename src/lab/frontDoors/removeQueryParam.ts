import type { LabRequest } from "../types.ts";

/** The request with every `name=…` pair (exact, case-sensitive name) taken out of its query string. */
export function removeQueryParam(req: LabRequest, name: string): LabRequest {
  const q = req.target.indexOf("?");
  if (q < 0) return req;
  const kept = req.target.slice(q + 1).split("&").filter((pair) => pair.split("=")[0] !== name);
  return { ...req, target: kept.length > 0 ? `${req.target.slice(0, q)}?${kept.join("&")}` : req.target.slice(0, q) };
}
