import type { LabRequest, ServiceId } from "../types.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import { parseQueryPairs } from "../request/parseQueryPairs.ts";
import { splitTarget } from "../request/splitTarget.ts";
import { parseRequestIntent } from "../request/parseRequestIntent.ts";
import { findServiceByHost, findServiceBySigningName, findServiceForRequest } from "./findService.ts";
import { isServiceId, SERVICES, type ServiceSpec } from "./services.ts";

export interface InferredEndpoint {
  service: ServiceId;
  region: string;
  /** Set when the request names a service the lab does not model (e.g. the SigV4 suite's `service`). */
  signingName?: string;
  /** How the service was found, for the CLI's output. */
  from: "option" | "x-amz-target" | "action" | "host" | "credential" | "default";
}

function hostOf(req: LabRequest): string {
  return (getHeaderValues(req, "host")[0] ?? "").trim().toLowerCase().replace(/:\d+$/, "");
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
 * A registry service for a name a user typed: its id (`secretsmanager`), its signing name (`monitoring`,
 * `execute-api`) or its endpoint prefix. Undefined for a name no service uses.
 */
export function findServiceByName(name: string): ServiceSpec | undefined {
  if (isServiceId(name)) return SERVICES[name];
  return findServiceBySigningName(name) ?? findServiceByHost(`${name}.amazonaws.com`).service;
}

/**
 * Which endpoint a request was meant for, from what it carries: `X-Amz-Target`, an `Action` (by its `Version`),
 * the host, and last the credential scope. Options given by the user win; `--service` takes a registry name, a
 * signing name or an endpoint prefix. A name no service uses (the SigV4 suite's `service`) is modelled as a
 * query-protocol service (15-minute window) that signs for that name.
 */
export function inferEndpoint(req: LabRequest, given: { service?: string; region?: string } = {}): InferredEndpoint {
  const credential = fromCredential(req);
  const host = findServiceByHost(hostOf(req), credential.service);
  const region = given.region ?? host.region ?? "us-east-1";
  // A name no service uses: the region of its scope, as nothing else names one.
  const unknownRegion = given.region ?? host.region ?? credential.region ?? "us-east-1";
  if (given.service) {
    const named = findServiceByName(given.service);
    return named
      ? { service: named.id, region, from: "option" }
      : { service: "sts", region: unknownRegion, signingName: given.service, from: "option" };
  }
  const intent = parseRequestIntent(req);
  const found = findServiceForRequest(intent, credential.service);
  if (found) return { service: found.service.id, region, from: found.from };
  if (credential.service) return { service: "sts", region: unknownRegion, signingName: credential.service, from: "credential" };
  return { service: "sts", region, from: intent.action !== undefined ? "action" : "default" };
}
