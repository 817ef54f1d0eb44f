import { HTTP_REASONS } from "./httpReasons.ts";
import { isServiceModelled } from "./modelledErrors.ts";
import type { BotocoreRetry } from "./judgeBotocoreRetry.ts";
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
 * " (reached max retries: N)" when the retries ran out (judgeBotocoreRetry.ts: never for an authentication error;
 * legacy mode retries S3's BadDigest).
 * A modelled code raises the generated subclass (botocore/errorfactory.py: module "botocore.errorfactory").
 * The JSON parser defaults a missing message to '' (parsers.py BaseJSONParser); the XML parsers leave it out, so
 * ClientError says "Unknown"; a body-less answer reads as code = status, message = reason phrase
 * (RestXMLParser._parse_error_from_http_status).
 */
export function formatBotocore(f: SdkFailure, e: ParsedError, retry: BotocoreRetry, rewrite: (code: string, message: string) => string = (_c, m) => m): BotocoreError {
  const json = f.protocol === "awsJson1_0" || f.protocol === "awsJson1_1" || f.protocol === "restJson1" || f.protocol === "dynamodbLocal";
  const noBody = f.body.length === 0;
  const code = e.code || "Unknown";
  const message = rewrite(code, e.hasMessage ? e.message : noBody ? (HTTP_REASONS[f.status]?.[0] ?? "") : json ? "" : "Unknown");
  return {
    text: `An error occurred (${code}) when calling the ${f.operation} operation${retry.maxReached ? ` (reached max retries: ${retry.retries})` : ""}: ${message}`,
    exceptionClass: isServiceModelled(f.service, code) ? `botocore.errorfactory.${code}` : "botocore.exceptions.ClientError",
    code,
    message,
  };
}
