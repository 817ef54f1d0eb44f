import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * awsQuery (STS, IAM, SQS…): `ErrorResponse` pretty-printed with two-space indentation, no XML declaration,
 * a final newline — the layout whose byte counts match the 305- and 297-byte raw captures (§1.5, §2.1).
 * REST-XML services other than S3 (Route 53, CloudFront) answer the same `ErrorResponse`, with their namespace.
 */
export function renderQueryXml(error: ErrorParts, ctx: RenderContext): LabResponse {
  const xmlns = ctx.service.xmlns ?? "https://sts.amazonaws.com/doc/2011-06-15/";
  const body = ctx.service.queryLayout === "sqs" ? renderSqsBody(error, ctx, xmlns) :
    `<ErrorResponse xmlns="${escapeXml(xmlns)}">\n` +
    `  <Error>\n` +
    `    <Type>Sender</Type>\n` +
    `    <Code>${escapeXml(error.outcome)}</Code>\n` +
    `    <Message>${escapeXml(error.message)}</Message>\n` +
    `  </Error>\n` +
    `  <RequestId>${escapeXml(ctx.requestId)}</RequestId>\n` +
    `</ErrorResponse>\n`;
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ["Content-Type", "text/xml"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}

/**
 * SQS on the query protocol: `<?xml version="1.0"?>`, then `ErrorResponse` on one line with an empty `<Detail/>`
 * after the message (raw 2016 body in https://github.com/ex-aws/ex_aws/issues/220; §2.1 aws/aws-sdk-php#642).
 */
function renderSqsBody(error: ErrorParts, ctx: RenderContext, xmlns: string): string {
  return (
    `<?xml version="1.0"?><ErrorResponse xmlns="${escapeXml(xmlns)}"><Error><Type>Sender</Type>` +
    `<Code>${escapeXml(error.outcome)}</Code><Message>${escapeXml(error.message)}</Message><Detail/></Error>` +
    `<RequestId>${escapeXml(ctx.requestId)}</RequestId></ErrorResponse>`
  );
}
