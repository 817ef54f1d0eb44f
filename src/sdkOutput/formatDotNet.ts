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
    const status = HTTP_REASONS[f.status]?.[1] ?? String(f.status);
  // No body (a HEAD error): ErrorCode is the status's enum name and the message null, so AmazonServiceException's
  // BuildGenericErrorMessage writes "Error making request with Error Code {0} and Http Status Code {1}. No further
  // error information was returned by the service." (sdk/src/Core/Amazon.Runtime/AmazonServiceException.cs; the same
  // line in AWS Tools for PowerShell's Get-S3HeadBucket examples for NotFound and Forbidden).
  const code = e.bodyless ? status : e.code;
  const message = e.bodyless ? `Error making request with Error Code ${code} and Http Status Code ${status}. No further error information was returned by the service.` : e.message;
  const modelled = isOperationModelled(f.service, f.operation, code);
  const exceptionClass = `${names.dotnetNamespace}.${modelled ? (code.endsWith("Exception") ? code : `${code}Exception`) : names.dotnetBaseException}`;
  const fields: Array<[string, string]> = [
    ["ErrorCode", code],
    ["ErrorType", f.status >= 500 ? "Receiver" : "Sender"],
    ["StatusCode", `HttpStatusCode.${status} (${f.status})`],
    ["RequestId", e.requestId ?? ""],
  ];
  if (f.protocol === "restXml") fields.push(["AmazonId2", e.hostId ?? ""]);
  return { text: `${exceptionClass}: ${message}`, exceptionClass, fields };
}
