import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/**
 * S3 REST-XML: the declaration, a newline, then `<Error>` on one line — Code, Message, the extra elements in
 * AWS's order, RequestId, HostId (§2.5). A HEAD request gets the headers and no body.
 */
export function renderRestXml(error: ErrorParts, ctx: RenderContext): LabResponse {
  const extras = error.extras.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join("");
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Error><Code>${escapeXml(error.outcome)}</Code><Message>${escapeXml(error.message)}</Message>${extras}` +
    `<RequestId>${escapeXml(ctx.requestId)}</RequestId><HostId>${escapeXml(ctx.hostId)}</HostId></Error>`;
  const isHead = ctx.method.toUpperCase() === "HEAD";
  return createResponse(error.status, [
    ["x-amz-request-id", ctx.requestId],
    ["x-amz-id-2", ctx.hostId],
    ...(error.extraHeaders ?? []),
    ["Content-Type", "application/xml"],
    ...(isHead ? [] : ([["Content-Length", ""]] as Array<[string, string]>)),
    ["Date", formatHttpDate(ctx.serverNow)],
    ["Server", "AmazonS3"],
  ], isHead ? "" : body);
}
