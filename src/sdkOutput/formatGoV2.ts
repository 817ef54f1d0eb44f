import { CLIENT_NAMES } from "./clientNames.ts";
import { isOperationModelled } from "./modelledErrors.ts";
import type { ParsedError, SdkFailure } from "./types.ts";

/**
 * AWS SDK for Go v2, err.Error() of a failed call, three wrappers deep:
 *   aws/smithy-go errors.go OperationError:         "operation error %s: %s, %v" (ServiceID, OperationName)
 *   aws/aws-sdk-go-v2 aws/transport/http/response_error.go: "https response error StatusCode: %d, RequestID: %s, %v"
 *     (S3: service/internal/s3shared/response_error.go adds "HostID: %s, " after the request id)
 *   aws/smithy-go errors.go GenericAPIError:        "api error %s: %s" (Code, Message), for an unmodelled code;
 *     a modelled one (service/<s>/types/errors.go) prints "%s: %s" without "api error".
 * The deserializer switches on the operation's own error list, so modelled-ness is per operation.
 */
export function formatGoV2(f: SdkFailure, e: ParsedError): { text: string; exceptionClass: string } {
  const names = CLIENT_NAMES[f.service];
  const modelled = isOperationModelled(f.service, f.operation, e.code);
  const api = modelled ? `${e.code}: ${e.message}` : `api error ${e.code}: ${e.message}`;
  const host = f.protocol === "restXml" ? `HostID: ${e.hostId ?? ""}, ` : "";
  return {
    text: `operation error ${names.serviceId}: ${f.operation}, https response error StatusCode: ${f.status}, RequestID: ${e.requestId ?? ""}, ${host}${api}`,
    exceptionClass: modelled ? `*types.${e.code}` : "*smithy.GenericAPIError",
  };
}
