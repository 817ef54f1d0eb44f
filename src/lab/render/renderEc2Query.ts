import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/** ec2Query: one line after the XML declaration, `Errors/Error`, and `RequestID` with a capital D (§2.2). */
export function renderEc2Query(error: ErrorParts, ctx: RenderContext): LabResponse {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Response><Errors><Error><Code>${escapeXml(error.outcome)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error></Errors>` +
    `<RequestID>${escapeXml(ctx.requestId)}</RequestID></Response>`;
  return createResponse(error.status, [
    ["Content-Type", "text/xml"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}
