import { findServiceForRequest, getOperation, getServiceSpec, parseRequestIntent } from "./lab.ts";
import type { LabRequest, RequestIntent, ServiceId } from "./lab.ts";
import { getScopeService } from "./getScopeService.ts";

/** Where a request goes on the one-port endpoint, and the operation it asks for. */
export interface Route {
  service: ServiceId;
  /** AWS's operation name ("ListTables", "GetCallerIdentity", "GetObject"…), "" when unknown. */
  operation: string;
  /** Query services: the form or query parameters (Action, Version, DurationSeconds…). */
  params: URLSearchParams;
  /** What the door read (target, Action, path, host): handed to the lab so it is not read again. */
  intent: RequestIntent;
  /** Which signal picked the service, for the log. */
  reason: "x-amz-target" | "action" | "host" | "credential" | "lambda-path" | "s3-default" | "dynamodb-local";
}

const LAMBDA_PATH = /^\/\d{4}-\d{2}-\d{2}\/(functions|layers|event-source-mappings|tags|account-settings|code-signing-configs)(\/|$)/;

/**
 * Routes every registry service on one port: `X-Amz-Target` (awsJson), then an AWS Host's endpoint prefix (a
 * client that sets one), then the query or form `Action` by its `Version` (awsQuery, ec2Query; an unknown version
 * is STS), then the
 * credential scope's service (REST services behind `--endpoint-url`), then Lambda's REST paths (unsigned), else S3
 * (path-style or virtual-hosted). The scope breaks ties between services sharing a target or version. In
 * `dynamodb-local` mode everything is DynamoDB, as on DynamoDB Local's port.
 */
export function routeRequest(req: LabRequest, mode: "aws" | "dynamodb-local"): Route {
  const intent = parseRequestIntent(req);
  const params = getQueryParams(req, intent.query);
  if (mode === "dynamodb-local") {
    const operation = intent.target === undefined ? "" : intent.target.slice(intent.target.indexOf(".") + 1);
    return { service: "dynamodb", operation, params, intent, reason: "dynamodb-local" };
  }
  const scope = getScopeService(req);
  const found = findServiceForRequest(intent, scope);
  const to = (service: ServiceId, reason: Route["reason"]): Route => ({ service, operation: getOperation(intent, getServiceSpec(service)), params, intent, reason });
  if (found) return to(found.service.id, found.from);
  if (intent.action !== undefined) return to("sts", "action");
  if (LAMBDA_PATH.test(intent.path)) return to("lambda", "lambda-path");
  return to("s3", "s3-default");
}

/** Query parameters, plus the form body when the request is a form POST (how SDKs send query-protocol calls). */
function getQueryParams(req: LabRequest, query: string | null): URLSearchParams {
  const params = new URLSearchParams(query ?? "");
  const type = (req.headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "").toLowerCase();
  if (req.method === "POST" && type.startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(req.body))) params.append(k, v);
  }
  return params;
}
