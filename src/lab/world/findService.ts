import type { RequestIntent } from "../request/parseRequestIntent.ts";
import { readS3Host } from "../s3/readS3Host.ts";
import { listServices, type ServiceSpec } from "./services.ts";

/** Indexes of the registry by what a request carries. Built once, on first use. */
interface Indexes {
  target: Map<string, ServiceSpec[]>;
  version: Map<string, ServiceSpec[]>;
  prefix: Map<string, ServiceSpec[]>;
  signing: Map<string, ServiceSpec[]>;
}

let indexes: Indexes | undefined;

function add(map: Map<string, ServiceSpec[]>, key: string | undefined, spec: ServiceSpec): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(spec);
  else map.set(key, [spec]);
}

function getIndexes(): Indexes {
  if (indexes) return indexes;
  const built: Indexes = { target: new Map(), version: new Map(), prefix: new Map(), signing: new Map() };
  for (const spec of listServices()) {
    add(built.target, spec.targetPrefix, spec);
    if (spec.protocol === "awsQuery" || spec.protocol === "ec2Query") add(built.version, spec.apiVersion, spec);
    add(built.prefix, spec.endpointPrefix, spec);
    add(built.signing, spec.signingName, spec);
  }
  indexes = built;
  return built;
}

/**
 * Several services can share a key (Bedrock's five share the signing name `bedrock`; RDS, Neptune and DocumentDB
 * share a query version). The scope's service narrows them; then the one named like the key wins (`s3` over
 * `s3control`), then the one whose endpoint prefix is the key (`execute-api`: the API Gateway management API, not
 * Connect's participant service), then the shortest name.
 */
function pick(candidates: ServiceSpec[] | undefined, key: string, scopeService?: string): ServiceSpec | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const scoped = scopeService ? candidates.filter((s) => s.signingName === scopeService) : [];
  const pool = scoped.length > 0 ? scoped : candidates;
  return pool.find((s) => s.id === key) ?? pool.find((s) => s.endpointPrefix === key) ?? [...pool].sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id))[0];
}

/** The service whose `X-Amz-Target` prefix the target carries (`AmazonSQS.ListQueues` → sqs). */
export function findServiceByTarget(target: string, scopeService?: string): ServiceSpec | undefined {
  const prefix = target.slice(0, Math.max(0, target.lastIndexOf(".")));
  return pick(getIndexes().target.get(prefix), prefix, scopeService);
}

/** The query or EC2 service with this API version (`2011-06-15` → sts); the scope's service breaks ties. */
export function findServiceByVersion(version: string, scopeService?: string): ServiceSpec | undefined {
  return pick(getIndexes().version.get(version), scopeService ?? "", scopeService);
}

/** The service signing with this name (`monitoring` → cloudwatch, `bedrock` → bedrock). */
export function findServiceBySigningName(name: string): ServiceSpec | undefined {
  return pick(getIndexes().signing.get(name), name);
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The service and region an AWS host names: `<prefix>.<region>.amazonaws.com`, a global `<prefix>.amazonaws.com`,
 * or a resource in front (`bucket.s3.…`, `abc123.execute-api.…`). The longest label run matching an endpoint
 * prefix wins (`data-ats.iot`).
 */
export function findServiceByHost(host: string, scopeService?: string): { service?: ServiceSpec; region?: string } {
  // S3's own host grammar first: accelerate, dualstack, FIPS and the legacy dash forms name no endpoint prefix.
  const s3 = readS3Host(host);
  if (s3) return { service: pick(getIndexes().prefix.get("s3"), "s3"), ...(s3.region !== undefined ? { region: s3.region } : {}) };
  const bare = host.replace(/\.amazonaws\.com(\.cn)?$/, "");
  if (bare === host) return {};
  const labels = bare.split(".");
  const region = labels.length > 1 && REGION.test(labels.at(-1)!) ? labels.pop() : undefined;
  for (let start = 0; start < labels.length; start++) {
    const prefix = labels.slice(start).join(".");
    const service = pick(getIndexes().prefix.get(prefix), prefix, scopeService);
    if (service) return { service, region };
    // S3's other dash names (s3-accesspoint.<region>, s3-website-<region>): S3, with a region only where one is named.
    const dash = /^s3-(.+)$/.exec(prefix);
    if (dash && start === labels.length - 1) {
      const named = region ?? (REGION.test(dash[1]!) ? dash[1] : undefined);
      return { service: pick(getIndexes().prefix.get("s3"), "s3"), ...(named !== undefined ? { region: named } : {}) };
    }
  }
  return { region };
}

/** Which of a request's signals named the service. */
export type RouteSignal = "x-amz-target" | "action" | "host" | "credential";

/**
 * The registry service a request is for, by what it carries: `X-Amz-Target`, then an AWS Host's endpoint prefix
 * (the host names the server that receives the request: an STS action sent to iam.amazonaws.com reaches IAM), then
 * the query `Action`'s `Version`, then the credential scope's service name. Behind `--endpoint-url` the Host is
 * 127.0.0.1, so the mock routes by target, Action/Version, then the scope.
 */
export function findServiceForRequest(intent: RequestIntent, scopeService?: string): { service: ServiceSpec; from: RouteSignal } | undefined {
  if (intent.target !== undefined) {
    const byTarget = findServiceByTarget(intent.target, scopeService);
    if (byTarget) return { service: byTarget, from: "x-amz-target" };
  }
  const byHost = findServiceByHost(intent.host, scopeService).service;
  if (byHost) return { service: byHost, from: "host" };
  if (intent.action !== undefined && intent.version !== undefined) {
    const byVersion = findServiceByVersion(intent.version, scopeService);
    if (byVersion) return { service: byVersion, from: "action" };
  }
  const byScope = scopeService ? findServiceBySigningName(scopeService) : undefined;
  if (byScope) return { service: byScope, from: "credential" };
  return undefined;
}
