import type { RequestIntent } from "../request/parseRequestIntent.ts";
import type { ServiceSpec } from "../world/services.ts";
import { getS3Operation } from "./getS3Operation.ts";

const LAMBDA_FUNCTIONS = /^\/\d{4}-\d{2}-\d{2}\/functions\/?$/;

/**
 * The operation a request asks for, from what the door read: `X-Amz-Target`, the `Action`, else the REST method
 * and path (S3 and Lambda by their paths; another REST service by its sample call). "" when unknown.
 */
export function getOperation(intent: RequestIntent, service: ServiceSpec): string {
  if (intent.target !== undefined) return intent.target.slice(intent.target.lastIndexOf(".") + 1).trim();
  if (intent.action !== undefined) return intent.action;
  const { method, path } = intent;
  if (service.errorFamily === "s3") return getS3Operation(method, path, intent.host, intent.query);
  if (service.id === "lambda") {
    if (LAMBDA_FUNCTIONS.test(path)) return method === "POST" ? "CreateFunction" : "ListFunctions";
    if (path.endsWith("/invocations")) return "Invoke";
    return "GetFunction";
  }
  const sample = service.sample;
  if (sample?.path !== undefined && (sample.method ?? "GET") === method && sample.path.split("?")[0] === path) return sample.operation;
  return "";
}
