import type { Confidence } from "../catalogue/types.ts";
import type { ModelProtocol, ServiceId } from "../types.ts";
import { EXTRA_ROWS } from "./registry/extraRows.ts";
import { SERVICE_FACTS, type ServiceFacts } from "./registry/serviceFacts.ts";
import { SERVICE_TABLE } from "./registry/serviceTable.generated.ts";
import type { SampleOperation, ServiceRow } from "./registry/types.ts";

/**
 * What the lab knows about each service's front door: the generated registry row (AWS's model) with the
 * per-service facts (captures of real responses) laid over it. Windows and body details come from
 * ../shared/reference (§2 wire formats, §5 skew windows).
 */
export interface ServiceSpec {
  id: ServiceId;
  /** Human name for the UI. */
  title: string;
  /** The name in the credential scope. */
  signingName: string;
  /** The host label before the region. */
  endpointPrefix: string;
  protocol: ModelProtocol;
  apiVersion: string;
  /** Allowed clock skew in minutes, as it appears in "(… - N min.)". */
  skewWindowMinutes: number;
  /** Confidence of the window: 15 minutes without a capture is the generic docs' value ("uncertain"). */
  skewWindowConfidence: Confidence;
  /** false = S3's path rules: no dot-segment removal, decoded then encoded once. */
  normalizePath: boolean;
  /** Endpoint host for a region (for sample requests and routing). */
  host: (region: string) => string;
  /** awsQuery / ec2Query: the response xmlns. */
  xmlns?: string;
  /** awsJson: prefix of `__type` ("com.amazon.coral.service#" for JSON 1.0, "" for JSON 1.1 services). */
  jsonTypePrefix?: string;
  /** awsJson: the X-Amz-Target prefix. */
  targetPrefix?: string;
  /** Clients sign x-amz-content-sha256 (S3). */
  signsContentSha256: boolean;
  /** Whose codes and statuses the errors use. */
  errorFamily: "json" | "restJson" | "query" | "ec2" | "s3";
  /** awsJson with query-era codes: the code is repeated in `x-amzn-query-error`. */
  queryCompatible: boolean;
  /** A signature mismatch appends the canonical request and string to sign. */
  appendsCanonicalDetail: { value: boolean; confidence: Confidence };
  jsonHeaders: "dynamodb" | "standard";
  errorTypeSuffix: boolean;
  queryLayout: "pretty" | "sqs";
  /** A call that needs no parameters (or the closest one: `needsInput`). */
  sample?: SampleOperation;
  /** Sources of the facts laid over the model. */
  sources: string[];
}

const FAMILY_OF: Record<ModelProtocol, ServiceSpec["errorFamily"]> = {
  awsJson1_0: "json",
  awsJson1_1: "json",
  restJson1: "restJson",
  awsQuery: "query",
  ec2Query: "ec2",
  // S3 has its own codes (facts: s3); the other REST-XML services (Route 53, CloudFront) answer IAM-style errors.
  restXml: "query",
};

const NO_FACTS: ServiceFacts = { sources: [] };

/** The spec of one registry row with its facts. */
export function createServiceSpec(row: ServiceRow, facts: ServiceFacts = NO_FACTS): ServiceSpec {
  const { protocol } = row;
  const json = protocol === "awsJson1_0" || protocol === "awsJson1_1";
  const globalHost = row.globalEndpoint;
  const spec: ServiceSpec = {
    id: row.id,
    title: facts.title ?? row.title,
    signingName: row.signingName,
    endpointPrefix: row.endpointPrefix,
    protocol,
    apiVersion: row.apiVersion,
    skewWindowMinutes: facts.skewWindowMinutes ?? 15,
    skewWindowConfidence: facts.skewWindowConfidence ?? "uncertain",
    normalizePath: facts.normalizePath ?? true,
    host: facts.host ?? (globalHost ? () => globalHost : (region) => `${row.endpointPrefix}.${region}.amazonaws.com`),
    signsContentSha256: facts.signsContentSha256 ?? false,
    errorFamily: facts.errorFamily ?? FAMILY_OF[protocol],
    queryCompatible: row.queryCompatible === true,
    appendsCanonicalDetail: facts.appendsCanonicalDetail ?? { value: false, confidence: "uncertain" },
    jsonHeaders: facts.jsonHeaders ?? "standard",
    errorTypeSuffix: facts.errorTypeSuffix ?? true,
    queryLayout: facts.queryLayout ?? "pretty",
    sources: facts.sources,
  };
  if (row.xmlNamespace) spec.xmlns = row.xmlNamespace;
  if (json) spec.jsonTypePrefix = facts.jsonTypePrefix ?? (protocol === "awsJson1_0" ? "com.amazon.coral.service#" : "");
  if (row.targetPrefix) spec.targetPrefix = row.targetPrefix;
  const sample = facts.sample ?? row.sample;
  if (sample) spec.sample = sample;
  return spec;
}

function buildServices(): Record<ServiceId, ServiceSpec> {
  const out: Record<ServiceId, ServiceSpec> = Object.create(null);
  for (const row of [...SERVICE_TABLE, ...EXTRA_ROWS]) {
    out[row.id] = createServiceSpec(row, Object.hasOwn(SERVICE_FACTS, row.id) ? SERVICE_FACTS[row.id] : undefined);
  }
  return out;
}

/** Every service of the registry, by id (a null-prototype object: `"constructor" in SERVICES` is false). */
export const SERVICES: Record<ServiceId, ServiceSpec> = buildServices();

/** Whether `id` names a registry service (safe for any string, Object.prototype names included). */
export function isServiceId(id: string): boolean {
  return Object.hasOwn(SERVICES, id);
}

/** The spec of a registry service. Throws on an unknown id: callers check input with `isServiceId` first. */
export function getServiceSpec(id: ServiceId): ServiceSpec {
  if (!isServiceId(id)) throw new Error(`getServiceSpec: '${id}' is not a registry service`);
  return SERVICES[id]!;
}

/** Every registry service, sorted by id. */
export function listServices(): ServiceSpec[] {
  return Object.keys(SERVICES).sort().map((id) => SERVICES[id]!);
}
