import { getHeaderValues, splitTarget, TOKEN_HEADER, TOKEN_QUERY_PARAM } from "./lab.ts";
import type { LabRequest } from "./lab.ts";

/** The session token a request sends (`X-Amz-Security-Token` header, else query parameter), or null. */
export function getSessionToken(req: LabRequest): string | null {
  const header = getHeaderValues(req, TOKEN_HEADER)[0];
  if (header !== undefined) return header.trim();
  const { query } = splitTarget(req.target);
  for (const pair of (query ?? "").split("&")) {
    const eq = pair.indexOf("=");
    if (eq < 0 || pair.slice(0, eq) !== TOKEN_QUERY_PARAM) continue;
    try {
      return decodeURIComponent(pair.slice(eq + 1));
    } catch {
      return pair.slice(eq + 1);
    }
  }
  return null;
}
