import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * awsJson 1.1 (Kinesis, KMS…), and awsJson 1.0 outside DynamoDB (SQS, Step Functions): `__type` with the service's
 * prefix and a UUID request id (../shared/reference §2.3; issues aws/aws-sdk-ruby#431, disneystreaming/smithy4s#1568).
 * awsQueryCompatible services (SQS, CloudWatch) repeat the code in `x-amzn-query-error: Code;Sender`, the header
 * botocore and the JS v3 SDK read first (botocore/parsers.py; smithy's awsQueryCompatible trait).
 */
export function renderJson11(error: ErrorParts, ctx: RenderContext, { version = "1.1" }: { version?: "1.0" | "1.1" } = {}): LabResponse {
  const body = JSON.stringify({ __type: `${ctx.service.jsonTypePrefix ?? ""}${error.outcome}`, message: error.message });
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ...(ctx.service.queryCompatible ? ([["x-amzn-query-error", `${error.outcome};Sender`]] as Array<[string, string]>) : []),
    ["Content-Type", `application/x-amz-json-${version}`],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}
