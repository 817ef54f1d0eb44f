import { getHeaderValues, splitTarget } from "./lab.ts";
import type { LabRequest } from "./lab.ts";

/**
 * The access key ID the request claims, for the log and the caller's identity: the first part of
 * `Credential=` in the Authorization header, else of the `X-Amz-Credential` query parameter; null when neither.
 */
export function getAccessKeyId(req: LabRequest): string | null {
  const auth = getHeaderValues(req, "authorization")[0];
  const fromHeader = auth === undefined ? undefined : /Credential=([^/,\s]*)/.exec(auth)?.[1];
  if (fromHeader !== undefined) return fromHeader;
  const { query } = splitTarget(req.target);
  for (const pair of (query ?? "").split("&")) {
    const eq = pair.indexOf("=");
    if (eq < 0 || pair.slice(0, eq) !== "X-Amz-Credential") continue;
    const value = safeDecode(pair.slice(eq + 1));
    return value.split("/")[0] ?? "";
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
