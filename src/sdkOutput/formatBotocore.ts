import { HTTP_REASONS } from "./httpReasons.ts";
import { isServiceModelled } from "./modelledErrors.ts";
import type { ParsedError, SdkFailure } from "./types.ts";

export interface BotocoreError {
  /** str(ClientError). */
  text: string;
  /** The class a traceback's last line names. */
  exceptionClass: string;
  code: string;
  message: string;
}

/**
 * botocore's ClientError (boto/botocore botocore/exceptions.py, class ClientError):
 *   MSG_TEMPLATE = 'An error occurred ({error_code}) when calling the {operation_name} operation{retry_info}: {error_message}'
 * with error.get('Code', 'Unknown') and error.get('Message', 'Unknown'); retry_info is
 * " (reached max retries: N)" only after retries, which botocore never makes for an authentication error
 * (botocore/data/_retry.json and botocore/retries/standard.py retry throttling, transient and 5xx errors only).
 * A modelled code raises the generated subclass (botocore/errorfactory.py: module "botocore.errorfactory").
 * The JSON parser defaults a missing message to '' (parsers.py BaseJSONParser); the XML parsers leave it out, so
 * ClientError says "Unknown"; a body-less answer reads as code = status, message = reason phrase
 * (RestXMLParser._parse_error_from_http_status).
 */
export function formatBotocore(f: SdkFailure, e: ParsedError): BotocoreError {
  const json = f.protocol === "awsJson1_0" || f.protocol === "awsJson1_1" || f.protocol === "restJson1" || f.protocol === "dynamodbLocal";
  const noBody = f.body.length === 0;
  const message = e.hasMessage ? e.message : noBody ? (HTTP_REASONS[f.status]?.[0] ?? "") : json ? "" : "Unknown";
  const code = e.code || "Unknown";
  return {
    text: `An error occurred (${code}) when calling the ${f.operation} operation: ${message}`,
    exceptionClass: isServiceModelled(f.service, code) ? `botocore.errorfactory.${code}` : "botocore.exceptions.ClientError",
    code,
    message,
  };
}
