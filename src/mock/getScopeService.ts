import { getHeaderValues, parseQueryPairs, splitTarget } from "./lab.ts";
import type { LabRequest } from "./lab.ts";

/**
 * The service name in the request's credential scope (`…/us-east-1/logs/aws4_request` → `logs`), from the
 * Authorization header or the `X-Amz-Credential` query parameter; undefined when there is no five-part scope.
 * The one-port endpoint routes by it when the target, Action and Host say nothing (REST services on 127.0.0.1).
 */
export function getScopeService(req: LabRequest): string | undefined {
  const auth = getHeaderValues(req, "authorization")[0];
  let credential: string | undefined;
  if (auth !== undefined) {
    const at = auth.indexOf("Credential=");
    if (at >= 0) credential = auth.slice(at + "Credential=".length).split(/[,\s]/, 1)[0];
  } else {
    credential = parseQueryPairs(splitTarget(req.target).query).find(([name]) => name === "X-Amz-Credential")?.[1];
  }
  const parts = credential?.split("/") ?? [];
  return parts.length === 5 && parts[3] ? parts[3] : undefined;
}
