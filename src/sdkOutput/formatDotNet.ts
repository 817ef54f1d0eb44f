import { CLIENT_NAMES } from "./clientNames.ts";
import { HTTP_REASONS } from "./httpReasons.ts";
import { isOperationModelled } from "./modelledErrors.ts";
import type { ParsedError, SdkFailure } from "./types.ts";

/**
 * AWS SDK for .NET (aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/AmazonServiceException.cs): Message is the service's
 * message; ErrorCode, ErrorType (Sender below 500, Receiver from 500), StatusCode (a System.Net.HttpStatusCode) and
 * RequestId are properties. Unmodelled codes throw the service's generated base class
 * (sdk/src/Services/DynamoDBv2/Generated/AmazonDynamoDBException.cs…); Exception.ToString() starts
 * "<class>: <message>", followed by the inner HttpErrorResponseException and stack frames (left out here).
 */
export function formatDotNet(f: SdkFailure, e: ParsedError): { text: string; exceptionClass: string; fields: Array<[string, string]> } {
  const names = CLIENT_NAMES[f.service];
  const modelled = isOperationModelled(f.service, f.operation, e.code);
  const exceptionClass = `${names.dotnetNamespace}.${modelled ? (e.code.endsWith("Exception") ? e.code : `${e.code}Exception`) : names.dotnetBaseException}`;
  const status = HTTP_REASONS[f.status]?.[1] ?? String(f.status);
  const fields: Array<[string, string]> = [
    ["ErrorCode", e.code],
    ["ErrorType", f.status >= 500 ? "Receiver" : "Sender"],
    ["StatusCode", `HttpStatusCode.${status} (${f.status})`],
    ["RequestId", e.requestId ?? ""],
  ];
  if (f.protocol === "restXml") fields.push(["AmazonId2", e.hostId ?? ""]);
  return { text: `${exceptionClass}: ${e.message}`, exceptionClass, fields };
}
