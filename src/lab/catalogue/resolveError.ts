import type { ServiceSpec } from "../world/services.ts";
import { resolveCoralError } from "./resolveCoralError.ts";
import { resolveS3Error } from "./resolveS3Error.ts";
import type { FailureKind, FailureParams, ResolvedError } from "./types.ts";

export type { FailureKind, FailureParams, ResolvedError } from "./types.ts";

/**
 * Maps a protocol-neutral failure to the exact code, HTTP status and message the service's protocol sends, with the
 * catalogue entry it rests on (../shared/reference/aws-auth-errors.json `id`) and that entry's confidence.
 * DynamoDB Local's own key check lives here too.
 */
export function resolveError(kind: FailureKind, service: ServiceSpec, params: FailureParams = {}): ResolvedError {
  if (kind === "dynamodbLocalKey") {
    return {
      code: "UnrecognizedClientException",
      status: 400,
      message: "The Access Key ID or security token is invalid.",
      catalogueId: "dynamodb-local.UnrecognizedClientException",
      confidence: "confirmed",
      extras: [],
      extraHeaders: [],
      note: "Only the code and message are confirmed; status 400 is assumed as for DynamoDB (§12.11).",
    };
  }
  return service.errorFamily === "s3" ? resolveS3Error(kind, params) : resolveCoralError(kind, service, params);
}
