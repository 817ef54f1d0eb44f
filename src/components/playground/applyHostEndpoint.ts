import { findServiceByHost, getServiceSpec, parseRawRequest } from "../../lab/index.ts";
import type { Scenario, ServiceId } from "../../lab/index.ts";

/** AWS's side of a run: the endpoint the request's Host names. */
export interface HostEndpoint {
  host: string;
  service: ServiceId;
  region: string;
  /** Why the region is what it is: named in the Host, a global endpoint, not an AWS host, DynamoDB Local, or a
   * label in the region's place that is no region (nothing answers there). */
  regionFrom: "host" | "global" | "not-aws" | "local" | "no-such-region";
  /** The front door (src/lab/frontDoors/) the scenario goes to: it owns the host, whatever its name says. */
  frontDoor?: string;
}

/** Region names as AWS spells them (us-east-1, eu-west-3, us-gov-west-1, cn-north-1, us-isob-east-1…). */
const REGION_SHAPE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

export const isRegionName = (region: string): boolean => REGION_SHAPE.test(region);

const AWS_SUFFIX = /\.amazonaws\.com(\.cn)?$/;

/**
 * The two worlds joined: the client signs for `scenario.region` and `scenario.service`'s signing name; AWS is the
 * endpoint the Host names (as the network routes it, whatever X-Amz-Target or Action say). The returned scenario
 * carries the endpoint's region (and service, when the Host names another one). DynamoDB Local answers on any host
 * for any region. A request that does not parse is returned unchanged (the run reports it).
 */
export function applyHostEndpoint(scenario: Scenario): { scenario: Scenario; endpoint: HostEndpoint | null } {
  const parsed = parseRawRequest(scenario.request);
  if (!parsed.ok) return { scenario, endpoint: null };
  const host = (parsed.request.headers.find((h) => h.name.toLowerCase() === "host")?.value ?? "").trim().toLowerCase();
  if (scenario.endpointMode === "dynamodb-local") {
    return { scenario: { ...scenario, endpointRegion: scenario.region }, endpoint: { host, service: "dynamodb", region: scenario.region, regionFrom: "local" } };
  }
  const bare = host.replace(/:\d+$/, "");
  if (!AWS_SUFFIX.test(bare) && scenario.frontDoor === undefined) {
    return { scenario: { ...scenario, endpointRegion: "us-east-1" }, endpoint: { host, service: scenario.service, region: "us-east-1", regionFrom: "not-aws" } };
  }
  const clientSigningName = scenario.signingService ?? getServiceSpec(scenario.service).signingName;
  const named = findServiceByHost(bare, clientSigningName);
  if (scenario.frontDoor !== undefined) {
    // A front door's host (a custom domain, *.on.aws, *.aoss…) names the door, not a service to switch to.
    const region = named.region ?? "us-east-1";
    const endpoint: HostEndpoint = { host, service: scenario.service, region, regionFrom: named.region ? "host" : "global", frontDoor: scenario.frontDoor };
    return { scenario: { ...scenario, endpointRegion: region }, endpoint };
  }
  const labels = bare.replace(AWS_SUFFIX, "").split(".");
  const last = labels.at(-1) ?? "";
  // `sts.not-a-region.amazonaws.com`: a label where the region goes that is none (S3's `s3-…` hosts aside).
  if (!named.region && labels.length >= 2 && last.includes("-") && !last.startsWith("s3-")) {
    return { scenario, endpoint: { host, service: named.service?.id ?? scenario.service, region: last, regionFrom: "no-such-region" } };
  }
  const region = named.region ?? "us-east-1";
  const service = named.service?.id ?? scenario.service;
  const next: Scenario = { ...scenario, endpointRegion: region };
  if (service !== scenario.service) {
    // AWS is the service the Host names; the client still signs for the one it was built for.
    next.service = service;
    next.signingService = clientSigningName;
  }
  return { scenario: next, endpoint: { host, service, region, regionFrom: named.region ? "host" : "global" } };
}
