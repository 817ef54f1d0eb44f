import { createResponse } from "../render/createResponse.ts";
import { formatHttpDate } from "../render/formatHttpDate.ts";
import type { LabResponse, Verdict } from "../types.ts";
import type { DoorRenderContext } from "./types.ts";

/** The coral suffix some REST-JSON captures put after the code in `x-amzn-ErrorType` (../shared/reference §2.4). */
export const CORAL_ERROR_TYPE_SUFFIX = ":http://internal.amazon.com/coral/com.amazon.coral.service/";

export interface DoorJsonOptions {
  /** The JSON body, built from the verdict. */
  body: (verdict: Verdict) => unknown;
  /** What follows the code in `x-amzn-ErrorType` ("" = bare code); null = no such header. */
  errorTypeSuffix: string | null;
  /** Door-specific headers after the standard ones. */
  extraHeaders?: (ctx: DoorRenderContext) => Array<[string, string]>;
}

/** A front door's JSON error: `x-amzn-RequestId`, `x-amzn-ErrorType` (when the door sends it), then the body. */
export function renderDoorJson(verdict: Verdict, ctx: DoorRenderContext, opts: DoorJsonOptions): LabResponse {
  return createResponse(
    verdict.status,
    [
      ["x-amzn-RequestId", ctx.requestId],
      ...(opts.errorTypeSuffix === null ? [] : [["x-amzn-ErrorType", `${verdict.outcome}${opts.errorTypeSuffix}`] as [string, string]]),
      ["Content-Type", "application/json"],
      ["Content-Length", ""],
      ["Date", formatHttpDate(ctx.serverNow)],
      ...(opts.extraHeaders?.(ctx) ?? []),
    ],
    JSON.stringify(opts.body(verdict)),
  );
}

/** `{"message":"…"}`: the REST-JSON body most doors send. */
export const messageBody = (verdict: Verdict) => ({ message: verdict.message });

/** The two paragraphs API Gateway and OpenSearch append to a signature mismatch (catalogue `apigw.InvalidSignatureException`). */
export function withSignatureDetail(verdict: Verdict): Verdict {
  const { canonicalRequest, stringToSign } = verdict.server;
  if (verdict.failedCheck !== "signature" || canonicalRequest === undefined || stringToSign === undefined) return verdict;
  if (verdict.message.includes("The Canonical String")) return verdict;
  return {
    ...verdict,
    message: `${verdict.message}\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
  };
}
