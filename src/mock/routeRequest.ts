import { getHeaderValues, SERVICES, splitTarget } from "./lab.ts";
import type { LabRequest, ServiceId } from "./lab.ts";
import { getS3Operation } from "../lab/scenario/getS3Operation.ts";

/** Where a request goes on the one-port endpoint, and the operation it asks for. */
export interface Route {
  service: ServiceId;
  /** AWS's operation name ("ListTables", "GetCallerIdentity", "GetObject"…), "" when unknown. */
  operation: string;
  /** Query services: the form or query parameters (Action, Version, DurationSeconds…). */
  params: URLSearchParams;
  /** Which signal picked the service, for the log. */
  reason: "x-amz-target" | "action" | "lambda-path" | "s3-default" | "dynamodb-local";
}

/** The query protocol's API version tells its services apart; anything else with an Action is STS. */
const QUERY_SERVICE_BY_VERSION: Record<string, ServiceId> = {
  "2011-06-15": "sts",
  "2010-05-08": "iam",
  "2012-11-05": "sqs",
  "2016-11-15": "ec2",
};

const LAMBDA_PATH = /^\/\d{4}-\d{2}-\d{2}\/(functions|layers|event-source-mappings|tags|account-settings|code-signing-configs)(\/|$)/;

/**
 * Routes the way LocalStack does on its single port: `X-Amz-Target` (DynamoDB, Kinesis, KMS), then the query or
 * form `Action` (STS, or IAM/SQS/EC2 by `Version`), then Lambda's REST paths, else S3 (path-style or
 * virtual-hosted). In `dynamodb-local` mode everything is DynamoDB, as on DynamoDB Local's port.
 */
export function routeRequest(req: LabRequest, mode: "aws" | "dynamodb-local"): Route {
  const { path, query } = splitTarget(req.target);
  const target = getHeaderValues(req, "x-amz-target")[0];
  const jsonOperation = target === undefined ? "" : target.slice(target.indexOf(".") + 1);
  if (mode === "dynamodb-local") {
    return { service: "dynamodb", operation: jsonOperation, params: new URLSearchParams(), reason: "dynamodb-local" };
  }
  if (target !== undefined) {
    const prefix = target.split(".")[0];
    const service = Object.values(SERVICES).find((s) => s.targetPrefix !== undefined && s.targetPrefix === prefix)?.id ?? "dynamodb";
    return { service, operation: jsonOperation, params: new URLSearchParams(), reason: "x-amz-target" };
  }
  const params = getQueryParams(req, query);
  const action = params.get("Action");
  if (action !== null) {
    const version = params.get("Version") ?? "";
    const service = Object.hasOwn(QUERY_SERVICE_BY_VERSION, version) ? QUERY_SERVICE_BY_VERSION[version]! : "sts";
    return { service, operation: action, params, reason: "action" };
  }
  if (LAMBDA_PATH.test(path)) {
    return { service: "lambda", operation: getLambdaOperation(req.method, path), params, reason: "lambda-path" };
  }
  return { service: "s3", operation: getS3Operation(req.method, path, getHeaderValues(req, "host")[0] ?? ""), params, reason: "s3-default" };
}

/** Query parameters, plus the form body when the request is a form POST (how SDKs send query-protocol calls). */
function getQueryParams(req: LabRequest, query: string | null): URLSearchParams {
  const params = new URLSearchParams(query ?? "");
  const type = (getHeaderValues(req, "content-type")[0] ?? "").toLowerCase();
  if (req.method === "POST" && type.startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(req.body))) params.append(k, v);
  }
  return params;
}

function getLambdaOperation(method: string, path: string): string {
  const rest = path.replace(/^\/\d{4}-\d{2}-\d{2}\//, "");
  if (method === "GET" && /^functions\/?$/.test(rest)) return "ListFunctions";
  if (method === "GET" && /^functions\/[^/]+\/?$/.test(rest)) return "GetFunction";
  if (method === "POST" && /^functions\/[^/]+\/invocations$/.test(rest)) return "Invoke";
  return "";
}
