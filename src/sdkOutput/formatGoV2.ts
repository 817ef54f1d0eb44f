import { CLIENT_NAMES } from "./clientNames.ts";
import { HTTP_REASONS } from "./httpReasons.ts";
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
export function formatGoV2(f: SdkFailure, e: ParsedError): { text: string; exceptionClass: string; code: string; message: string } {
  const names = CLIENT_NAMES[f.service];
  // S3 with no code and no message (a HEAD error): service/internal/s3shared/xml_utils.go GetErrorResponseComponents
  // (UseStatusCode) takes http.StatusText(status) as the message and it without spaces as the code:
  // "api error MovedPermanently: Moved Permanently", "NotFound: Not Found" (HeadObject models NotFound).
  const fromStatus = f.protocol === "restXml" && e.bodyless;
  const reason = HTTP_REASONS[f.status]?.[0] ?? "";
  const code = fromStatus ? reason.replaceAll(" ", "") : e.code;
  const message = fromStatus ? reason : e.message;
  // HeadObject's deserializer also maps "NotFound" to *types.NotFound (service/s3/deserializers.go).
  const modelled = isOperationModelled(f.service, f.operation, code) || (f.operation === "HeadObject" && code === "NotFound");
  const api = modelled ? `${code}: ${message}` : `api error ${code}: ${message}`;
  const host = f.protocol === "restXml" ? `HostID: ${e.hostId ?? ""}, ` : "";
  return {
    text: `operation error ${names.serviceId}: ${f.operation}, https response error StatusCode: ${f.status}, RequestID: ${e.requestId ?? ""}, ${host}${api}`,
    exceptionClass: modelled ? `*types.${code}` : "*smithy.GenericAPIError",
    code,
    message,
  };
}
