import { getServiceSpec, inferEndpoint, parseRawRequest } from "../../lab/index.ts";
import type { Scenario, ServiceId } from "../../lab/index.ts";

/** AWS's side of a run: the endpoint the request's Host (or X-Amz-Target) names. */
export interface HostEndpoint {
  host: string;
  service: ServiceId;
  region: string;
  /** Why the region is what it is, in words, for the "Endpoint" output. */
  regionFrom: "host" | "global" | "not-aws" | "local";
  /** The front door (src/lab/frontDoors/) the scenario goes to: it owns the host, whatever its name says. */
  frontDoor?: string;
}

/** Region names as AWS spells them (us-east-1, eu-west-3, us-gov-west-1, cn-north-1, us-isob-east-1…). */
const REGION_SHAPE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

export const isRegionName = (region: string): boolean => REGION_SHAPE.test(region);

/**
 * The two worlds joined: the client signs for `scenario.region` and `scenario.service`'s signing name; AWS is
 * whatever the Host names. The returned scenario carries the endpoint's region (and service, when the Host names
 * another one the lab models). DynamoDB Local answers on any host for any region. A request that does not parse is
 * returned unchanged (the run reports it).
 */
export function applyHostEndpoint(scenario: Scenario): { scenario: Scenario; endpoint: HostEndpoint | null } {
  const parsed = parseRawRequest(scenario.request);
  if (!parsed.ok) return { scenario, endpoint: null };
  const host = (parsed.request.headers.find((h) => h.name.toLowerCase() === "host")?.value ?? "").trim().toLowerCase();
  if (scenario.endpointMode === "dynamodb-local") {
    return { scenario: { ...scenario, endpointRegion: scenario.region }, endpoint: { host, service: "dynamodb", region: scenario.region, regionFrom: "local" } };
  }
  const inferred = inferEndpoint(parsed.request);
  const isAws = /\.amazonaws\.com(\.cn)?(:\d+)?$/.test(host);
  const named = isAws && new RegExp(`\\.${inferred.region.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.`).test(`.${host}`);
  const regionFrom: HostEndpoint["regionFrom"] = !isAws ? "not-aws" : named ? "host" : "global";
  if (scenario.frontDoor !== undefined) {
    // A front door's host (a custom domain, *.on.aws, *.aoss…) names the door, not a service to switch to.
    const endpoint = { host, service: scenario.service, region: inferred.region, regionFrom, frontDoor: scenario.frontDoor };
    return { scenario: { ...scenario, endpointRegion: inferred.region }, endpoint };
  }
  const byName = !inferred.signingName && (inferred.from === "host" || inferred.from === "x-amz-target");
  const service = byName ? inferred.service : scenario.service;
  const next: Scenario = { ...scenario, endpointRegion: inferred.region };
  if (service !== scenario.service) {
    // AWS is the service the Host names; the client still signs for the one it was built for.
    next.service = service;
    next.signingService = scenario.signingService ?? getServiceSpec(scenario.service).signingName;
  }
  return { scenario: next, endpoint: { host, service, region: inferred.region, regionFrom } };
}
