import type { LabRequest, ServiceId } from "../types.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import { parseQueryPairs } from "../request/parseQueryPairs.ts";
import { splitTarget } from "../request/splitTarget.ts";
import { SERVICES } from "./services.ts";

export interface InferredEndpoint {
  service: ServiceId;
  region: string;
  /** Set when the request names a service the lab does not model (e.g. the SigV4 suite's `service`). */
  signingName?: string;
  /** How the service was found, for the CLI's output. */
  from: "option" | "x-amz-target" | "action" | "host" | "credential" | "default";
}

const TARGET_PREFIXES = Object.values(SERVICES).filter((s) => s.targetPrefix);
const KNOWN = new Set<string>(Object.keys(SERVICES));

function hostOf(req: LabRequest): string {
  return (getHeaderValues(req, "host")[0] ?? "").trim().toLowerCase().replace(/:\d+$/, "");
}

/** `dynamodb.eu-west-1.amazonaws.com` → dynamodb / eu-west-1; `bucket.s3.us-east-2.amazonaws.com` → s3 / us-east-2. */
function fromHost(host: string): { service?: string; region?: string } {
  const labels = host.replace(/\.amazonaws\.com(\.cn)?$/, "").split(".");
  if (labels.length === 0 || !host.includes("amazonaws.com")) return {};
  const s3 = labels.findIndex((label) => label === "s3" || label.startsWith("s3-"));
  if (s3 >= 0) {
    const region = labels[s3 + 1] ?? labels[s3]!.replace(/^s3-?/, "");
    return { service: "s3", region: region || undefined };
  }
  return { service: labels.at(-2) ?? labels.at(-1), region: labels.length >= 2 ? labels.at(-1) : undefined };
}

/** The Credential scope's service, for requests whose host says nothing (the SigV4 suite's example.amazonaws.com). */
function fromCredential(req: LabRequest): { service?: string; region?: string } {
  const auth = getHeaderValues(req, "authorization")[0] ?? "";
  const fromQuery = parseQueryPairs(splitTarget(req.target).query).find(([name]) => name === "X-Amz-Credential")?.[1];
  const credential = auth.match(/Credential=([^,\s]+)/)?.[1] ?? fromQuery;
  const parts = credential?.split("/") ?? [];
  return parts.length === 5 ? { region: parts[2], service: parts[3] } : {};
}

/**
 * Which endpoint a request was meant for, from what it carries: `X-Amz-Target`, an `Action`, the host, and last the
 * credential scope. Options given by the user win. Unknown services are modelled as a query-protocol service
 * (15-minute window) that signs for the name found.
 */
export function inferEndpoint(req: LabRequest, given: { service?: string; region?: string } = {}): InferredEndpoint {
  const target = getHeaderValues(req, "x-amz-target")[0] ?? "";
  const host = fromHost(hostOf(req));
  const credential = fromCredential(req);
  const region = given.region ?? host.region ?? "us-east-1";

  let name: string | undefined = given.service;
  let from: InferredEndpoint["from"] = "option";
  if (!name) {
    const byTarget = TARGET_PREFIXES.find((s) => target.startsWith(`${s.targetPrefix}.`));
    const hasAction = [splitTarget(req.target).query, new TextDecoder().decode(req.body)].some((text) =>
      parseQueryPairs(text).some(([name]) => name === "Action"),
    );
    if (byTarget) [name, from] = [byTarget.id, "x-amz-target"];
    else if (host.service && KNOWN.has(host.service)) [name, from] = [host.service, "host"];
    else if (credential.service) [name, from] = [credential.service, "credential"];
    else if (hasAction) [name, from] = ["sts", "action"];
    else [name, from] = ["sts", "default"];
  }
  if (KNOWN.has(name)) return { service: name as ServiceId, region, from };
  return { service: "sts", region: given.region ?? host.region ?? credential.region ?? "us-east-1", signingName: name, from };
}
