import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * awsQuery (STS, IAM, SQS…): `ErrorResponse` pretty-printed with two-space indentation, no XML declaration,
 * a final newline — the layout whose byte counts match the 305- and 297-byte raw captures (§1.5, §2.1).
 */
export function renderQueryXml(error: ErrorParts, ctx: RenderContext): LabResponse {
  const xmlns = ctx.service.xmlns ?? "https://sts.amazonaws.com/doc/2011-06-15/";
  const body =
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
