// `npm run gen:services`: regenerates src/lab/world/registry/serviceTable.generated.ts from AWS's service models.
//
// Source: botocore's `data/` folder (the models the installed AWS CLI v1 and boto3 use), not the npm `aws-sdk` v2
// package's `apis/`. Why: botocore ships AWS's current models (SQS is on awsJson1_0 there, services launched after
// 2025 are present), and it is the model the AWS CLI on these machines actually speaks, so the mock and the lab agree
// with the client the tests run. aws-sdk v2 reached end of support in 2025 and its `apis/` are frozen.
//
// Reads each service's newest `service-2.json(.gz)` metadata (signingName, endpointPrefix, protocol/protocols,
// jsonVersion, targetPrefix, apiVersion, xmlNamespace, globalEndpoint) and one operation that needs no parameters,
// and writes a lean table for the lab. Override the folder with BOTOCORE_DATA=/path/to/botocore/data.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const OUT = "src/lab/world/registry/serviceTable.generated.ts";

/** botocore's own choice when a model lists several protocols (botocore/utils.py PRIORITY_ORDERED_SUPPORTED_PROTOCOLS). */
const BOTOCORE_PRIORITY = ["json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2"];

function findBotocore(): { data: string; version: string } {
  const fromEnv = process.env.BOTOCORE_DATA;
  let root: string;
  if (fromEnv) root = join(fromEnv, "..");
  else {
    try {
      root = execFileSync("python3", ["-c", "import botocore, os; print(os.path.dirname(botocore.__file__))"], { encoding: "utf8" }).trim();
    } catch {
      root = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore";
    }
  }
  const init = readFileSync(join(root, "__init__.py"), "utf8");
  const version = /__version__\s*=\s*['"]([^'"]+)['"]/.exec(init)?.[1] ?? "unknown";
  return { data: fromEnv ?? join(root, "data"), version };
}

interface Shape {
  type?: string;
  xmlNamespace?: { uri?: string };
  required?: string[];
  members?: Record<string, { location?: string }>;
}
interface Operation {
  name: string;
  http?: { method?: string; requestUri?: string };
  input?: { shape: string; xmlNamespace?: { uri?: string } };
  deprecated?: boolean;
  endpoint?: { hostPrefix?: string };
  authtype?: string;
  auth?: string[];
}
interface Model {
  metadata: Record<string, unknown> & { protocol: string; protocols?: string[]; endpointPrefix: string; apiVersion: string; serviceId: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

function readModel(dir: string): Model | null {
  const versions = readdirSync(dir).filter((v) => existsSync(join(dir, v, "service-2.json.gz")) || existsSync(join(dir, v, "service-2.json"))).sort();
  const newest = versions.at(-1);
  if (!newest) return null;
  const gz = join(dir, newest, "service-2.json.gz");
  const text = existsSync(gz) ? gunzipSync(readFileSync(gz)).toString("utf8") : readFileSync(join(dir, newest, "service-2.json"), "utf8");
  return JSON.parse(text) as Model;
}

function toProtocol(m: Model["metadata"]): string | null {
  const offered = m.protocols ?? [m.protocol];
  const chosen = BOTOCORE_PRIORITY.find((p) => offered.includes(p));
  switch (chosen) {
    case "json":
      return m.jsonVersion === "1.1" ? "awsJson1_1" : "awsJson1_0";
    case "rest-json":
      return "restJson1";
    case "rest-xml":
      return "restXml";
    case "query":
      return "awsQuery";
    case "ec2":
      return "ec2Query";
    default:
      return null; // smithy-rpc-v2-cbor only: not one of the lab's protocols
  }
}

const VERB_RANK: Record<string, number> = { List: 0, Describe: 1, Get: 2 };

/**
 * An operation a client can call with no input: List…, then Describe…, then Get…; no required member, and for REST
 * a GET with no URI label. Services without one get their first List/Describe/Get (else first) operation with each
 * URI label filled by `sigfix-example` and `needsInput` set: authentication is judged before the input, so the
 * sample still shows every authentication error.
 */
function pickSample(model: Model, rest: boolean): SampleOut | null {
  const ops = Object.values(model.operations).filter(
    (op) => !op.deprecated && !op.endpoint?.hostPrefix && op.authtype !== "none" && !op.auth?.includes("smithy.api#noAuth"),
  );
  const rank = (op: Operation) => VERB_RANK[/^(List|Describe|Get)[A-Z]/.exec(op.name)?.[1] ?? ""] ?? 3;
  const order = (a: Operation, b: Operation) => rank(a) - rank(b) || a.name.length - b.name.length || a.name.localeCompare(b.name);
  const free = ops.filter((op) => {
    if (rank(op) === 3) return false;
    const input = op.input ? model.shapes[op.input.shape] : undefined;
    if ((input?.required?.length ?? 0) > 0) return false;
    return !rest || (!(op.http?.requestUri ?? "/").includes("{") && (op.http?.method ?? "GET") === "GET");
  });
  const exact = free.sort(order)[0];
  // Every operation deprecated (CloudHSM classic, Proton): any of them still shows the authentication errors.
  const best = exact ?? ops.sort(order)[0] ?? Object.values(model.operations).sort(order)[0];
  if (!best) return null;
  const out: SampleOut = { operation: best.name };
  if (rest) {
    out.method = best.http?.method ?? "GET";
    out.path = fillLabels(best.http?.requestUri ?? "/");
  }
  if (!exact) out.needsInput = true;
  return out;
}

/** REST-XML models name their namespace on shapes, not in the metadata (Route 53, CloudFront). */
function shapeNamespace(model: Model): string | undefined {
  for (const op of Object.values(model.operations)) if (op.input?.xmlNamespace?.uri) return op.input.xmlNamespace.uri;
  for (const shape of Object.values(model.shapes)) if (shape.xmlNamespace?.uri) return shape.xmlNamespace.uri;
  return undefined;
}

/** `/functions/{FunctionName}/x` → `/functions/sigfix-example/x` (an index scan: no regex to backtrack). */
function fillLabels(uri: string): string {
  let out = "";
  let at = 0;
  for (let open = uri.indexOf("{"); open >= 0; open = uri.indexOf("{", at)) {
    const close = uri.indexOf("}", open);
    if (close < 0) break;
    out += `${uri.slice(at, open)}sigfix-example`;
    at = close + 1;
  }
  return out + uri.slice(at);
}

interface SampleOut {
  operation: string;
  method?: string;
  path?: string;
  needsInput?: boolean;
}

const { data, version } = findBotocore();
const rows: string[] = [];
const skipped: string[] = [];
for (const id of readdirSync(data).sort()) {
  if (!existsSync(join(data, id)) || id.includes(".")) continue;
  let model: Model | null;
  try {
    model = readModel(join(data, id));
  } catch {
    model = null;
  }
  if (!model) continue;
  const m = model.metadata;
  const auth = (m.auth as string[] | undefined) ?? [];
  const sigv4 = auth.length === 0 ? ["v4", "s3", "s3v4"].includes(String(m.signatureVersion)) : auth.includes("aws.auth#sigv4");
  const protocol = toProtocol(m);
  if (!sigv4 || !protocol) {
    skipped.push(`${id} (${!sigv4 ? `auth ${auth.join("/") || String(m.signatureVersion)}` : `protocols ${(m.protocols ?? [m.protocol]).join("/")}`})`);
    continue;
  }
  const rest = protocol === "restJson1" || protocol === "restXml";
  const sample = pickSample(model, rest);
  const row: Record<string, unknown> = {
    id,
    title: m.serviceId,
    signingName: (m.signingName as string | undefined) ?? m.endpointPrefix,
    endpointPrefix: m.endpointPrefix,
    protocol,
    apiVersion: m.apiVersion,
  };
  if (m.targetPrefix) row.targetPrefix = m.targetPrefix;
  const xmlns = (m.xmlNamespace as string | undefined) ?? (protocol === "restXml" ? shapeNamespace(model) : undefined);
  if (xmlns && protocol !== "restJson1" && !protocol.startsWith("awsJson")) row.xmlNamespace = xmlns;
  if (m.globalEndpoint) row.globalEndpoint = m.globalEndpoint;
  if (m.awsQueryCompatible) row.queryCompatible = true;
  if (sample) row.sample = sample;
  rows.push(`  ${JSON.stringify(row)},`);
}

const header = `// GENERATED by scripts/gen-services.ts (npm run gen:services): do not edit by hand.
// Source: botocore ${version}, data/<service>/<newest api version>/service-2.json (AWS's published service models).
// ${rows.length} SigV4 services; skipped ${skipped.length}: ${skipped.join(", ") || "none"}.
import type { ServiceRow } from "./types.ts";

/** Where the table came from. */
export const REGISTRY_SOURCE = { name: "botocore", version: ${JSON.stringify(version)}, path: "botocore/data/<service>/<version>/service-2.json" } as const;

/** One row per service, keyed by botocore's service name (the AWS CLI's command name). */
export const SERVICE_TABLE: readonly ServiceRow[] = [
`;
writeFileSync(OUT, `${header}${rows.join("\n")}\n];\n`);
console.log(`${OUT}: ${rows.length} services from botocore ${version} (${data}); skipped ${skipped.length}.`);
