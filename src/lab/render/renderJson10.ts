import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import { getCrc32 } from "./getCrc32.ts";
import { renderJson11 } from "./renderJson11.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * awsJson 1.0 (DynamoDB): `{"__type":"com.amazon.coral.service#Code","message":"…"}` with DynamoDB's headers,
 * in the order of the raw capture in issue guregu/dynamo#68 (../shared/reference §2.3). Other JSON 1.0 services
 * (SQS, Step Functions) send the JSON 1.1 headers with the 1.0 content type: DynamoDB's 52-character id,
 * `X-Amz-Crc32` and `Server: Server` are DynamoDB's own (facts: `jsonHeaders`).
 */
export function renderJson10(
  error: ErrorParts,
  ctx: RenderContext,
  { typePrefix = ctx.service.jsonTypePrefix ?? "com.amazon.coral.service#", serverHeader = true } = {},
): LabResponse {
  if ((ctx.protocol ?? ctx.service.protocol) === "awsJson1_0" && ctx.service.jsonHeaders !== "dynamodb") return renderJson11(error, ctx, { version: "1.0" });
  const body = JSON.stringify({ __type: `${typePrefix}${error.outcome}`, message: error.message });
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ["X-Amz-Crc32", String(getCrc32(body))],
    ["Content-Type", "application/x-amz-json-1.0"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(serverHeader ? ([["Server", "Server"]] as Array<[string, string]>) : []),
    ...(error.extraHeaders ?? []),
  ], body);
}
