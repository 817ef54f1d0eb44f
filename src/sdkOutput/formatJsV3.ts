import { CLIENT_NAMES } from "./clientNames.ts";
import { getHeader } from "./parseErrorResponse.ts";
import { isJsModelled } from "./modelledErrors.ts";
import type { ParsedError, SdkFailure } from "./types.ts";

export interface JsV3Error {
  /** `${name}: ${message}`, what String(error) and the first line of a stack print. */
  text: string;
  name: string;
  message: string;
  exceptionClass: string;
  $fault: "client" | "server";
  $metadata: { httpStatusCode: number; requestId?: string; extendedRequestId?: string; cfId?: string };
}

/**
 * AWS SDK for JavaScript v3 (aws/aws-sdk-js-v3 packages/core/src/submodules/protocols/ProtocolLib.ts
 * getErrorSchemaOrThrowBaseException, 3.981 as installed): an unmodelled code becomes an instance of the client's base
 * ServiceException with `name` = the code (after any "#"), `message` = body message ?? Message ?? "UnknownError",
 * `$fault` = "client" below 500, and `$metadata` from the response (smithy-typescript deserializeMetadata:
 * x-amzn-requestid ?? x-amzn-request-id ?? x-amz-request-id, x-amz-id-2, x-amz-cf-id).
 */
export function formatJsV3(f: SdkFailure, e: ParsedError): JsV3Error {
  // A body-less answer (a HEAD error): loadRestXmlErrorCode finds no Code and says "NotFound" only for a 404, so a
  // 301/400/403 has no code and the base exception is named "Unknown" (measured: @aws-sdk/client-s3 3.1175 HeadObject
  // 301 → "Unknown: UnknownError", 404 → NotFound; tests/mock/sdkOutputS3Uploads.test.ts).
  const name = e.bodyless ? (f.status === 404 ? "NotFound" : "Unknown") : e.code || "Unknown";
  const message = e.message || "UnknownError";
  const h = (n: string) => getHeader(f.headers, n) ?? undefined;
  const requestId = h("x-amzn-requestid") ?? h("x-amzn-request-id") ?? h("x-amz-request-id");
  const $metadata: JsV3Error["$metadata"] = { httpStatusCode: f.status };
  if (requestId !== undefined) $metadata.requestId = requestId;
  if (h("x-amz-id-2") !== undefined) $metadata.extendedRequestId = h("x-amz-id-2")!;
  if (h("x-amz-cf-id") !== undefined) $metadata.cfId = h("x-amz-cf-id")!;
  return {
    text: `${name}: ${message}`,
    name,
    message,
    exceptionClass: isJsModelled(f.service, name) ? name : CLIENT_NAMES[f.service].jsBaseException,
    $fault: f.status < 500 ? "client" : "server",
    $metadata,
  };
}
