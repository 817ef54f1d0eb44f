import { getHeaderValues } from "../request/getHeaderValues.ts";
import { getS3Operation } from "./getS3Operation.ts";
import { splitTarget } from "../request/splitTarget.ts";
import type { LabRequest, ServiceId } from "../types.ts";

function actionOf(text: string | null): string | null {
  if (!text) return null;
  for (const pair of text.split("&")) {
    const [key, value] = pair.split("=");
    if (key === "Action" && value) return decodeURIComponentSafe(value);
  }
  return null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** The operation a request asks for: from `X-Amz-Target`, the query `Action`, or the REST method and path. */
export function getOperation(req: LabRequest, service: ServiceId): string {
  const target = getHeaderValues(req, "x-amz-target")[0];
  if (target) return target.slice(target.lastIndexOf(".") + 1).trim();
  const { path, query } = splitTarget(req.target);
  const action = actionOf(query) ?? actionOf(new TextDecoder().decode(req.body));
  if (action) return action;
  const method = req.method.toUpperCase();
  if (service === "s3") return getS3Operation(method, path, getHeaderValues(req, "host")[0] ?? "");
  if (service === "lambda") {
    if (/^\/2015-03-31\/functions\/?$/.test(path)) return method === "POST" ? "CreateFunction" : "ListFunctions";
    if (/\/invocations$/.test(path)) return "Invoke";
    return "GetFunction";
  }
  return "";
}
