import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * awsJson 1.1 (Kinesis, KMS…): bare `__type` (no namespace) and a UUID request id
 * (../shared/reference §2.3; issues aws/aws-sdk-ruby#431, disneystreaming/smithy4s#1568).
 */
export function renderJson11(error: ErrorParts, ctx: RenderContext): LabResponse {
  const body = JSON.stringify({ __type: `${ctx.service.jsonTypePrefix ?? ""}${error.outcome}`, message: error.message });
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ["Content-Type", "application/x-amz-json-1.1"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}
