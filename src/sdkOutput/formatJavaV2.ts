import { CLIENT_NAMES } from "./clientNames.ts";
import { isServiceModelled } from "./modelledErrors.ts";
import type { ParsedError, SdkFailure } from "./types.ts";

/**
 * AWS SDK for Java v2 (aws/aws-sdk-java-v2 core/aws-core/src/main/java/software/amazon/awscore/exception/
 * AwsServiceException.java getMessage):
 *   message + " (Service: " + serviceName + ", Status Code: " + status + ", Request ID: " + requestId
 *   [+ ", Extended Request ID: " + id2 when present] + ")"
 * and, in current releases, the attempt count from core/sdk-core/.../SdkDiagnostics.java: " (SDK Attempt Count: N)".
 * Printed by Throwable#toString as "<class>: <message>". Unmodelled codes throw the service's base exception
 * (DynamoDbException, StsException, S3Exception…); modelled ones the generated class (codegen adds "Exception").
 * A missing request id prints "null", as Java's string concatenation does.
 */
export function formatJavaV2(f: SdkFailure, e: ParsedError, attempts: number): { text: string; exceptionClass: string; message: string } {
  const names = CLIENT_NAMES[f.service];
  const extended = f.protocol === "restXml" && e.hostId ? `, Extended Request ID: ${e.hostId}` : "";
  // No body (a HEAD error): no message, and Java's concatenation prints "null" (aws/aws-sdk-java-v2#1941,
  // "S3Exception: null (Service: S3, Status Code: 403, …)"; single-source for the redirect statuses).
  const text = e.bodyless ? "null" : e.message;
  const message = `${text} (Service: ${names.javaServiceName}, Status Code: ${f.status}, Request ID: ${e.requestId ?? "null"}${extended}) (SDK Attempt Count: ${attempts})`;
  const cls = isServiceModelled(f.service, e.code) ? (e.code.endsWith("Exception") ? e.code : `${e.code}Exception`) : names.javaBaseException;
  const exceptionClass = `${names.javaPackage}.${cls}`;
  return { text: `${exceptionClass}: ${message}`, exceptionClass, message };
}
