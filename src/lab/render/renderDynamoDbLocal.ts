import type { LabResponse } from "../types.ts";
import { renderJson10 } from "./renderJson10.ts";
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
  return renderJson10(error, ctx, { typePrefix: DYNAMODB_LOCAL_TYPE_PREFIX, serverHeader: false });
}
