import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import { getCrc32 } from "./getCrc32.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * DynamoDB Local's own errors. Only its code and message are confirmed (catalogue §9,
 * `dynamodb-local.UnrecognizedClientException`); `__type` and status were never captured (§12.11).
 * Choice: status 400 as DynamoDB's, and the `com.amazonaws.dynamodb.v20120810#` namespace that DynamoDB Local's
 * other errors carry in third-party captures (e.g. its ResourceNotFoundException), not DynamoDB's
 * `com.amazon.coral.service#`. SDKs keep only the part after `#`, so either reads as UnrecognizedClientException.
 */
export const DYNAMODB_LOCAL_TYPE_PREFIX = "com.amazonaws.dynamodb.v20120810#";

export function renderDynamoDbLocal(error: ErrorParts, ctx: RenderContext): LabResponse {
  const body = JSON.stringify({ __type: `${DYNAMODB_LOCAL_TYPE_PREFIX}${error.outcome}`, message: error.message });
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ["X-Amz-Crc32", String(getCrc32(body))],
    ["Content-Type", "application/x-amz-json-1.0"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}
