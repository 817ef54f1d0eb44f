import type { LabResponse } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

/** The suffix the confirmed REST-JSON captures carry after the code (deno Lex fixture; catalogue `restjson.*`). */
const ERROR_TYPE_SUFFIX = ":http://internal.amazon.com/coral/com.amazon.coral.service/";

/**
 * restJson1 (Lambda…): `{"message":"…"}` only, the code in `x-amzn-ErrorType` (../shared/reference §2.4).
 * The `"Type":"User"` member some Lambda fixtures show is single-source (§12.10), so it is left out.
 */
export function renderRestJson(error: ErrorParts, ctx: RenderContext): LabResponse {
  const body = JSON.stringify({ message: error.message });
  return createResponse(error.status, [
    ["x-amzn-RequestId", ctx.requestId],
    ["x-amzn-ErrorType", ctx.service.errorTypeSuffix ? `${error.outcome}${ERROR_TYPE_SUFFIX}` : error.outcome],
    ["Content-Type", "application/json"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
    ...(error.extraHeaders ?? []),
  ], body);
}
