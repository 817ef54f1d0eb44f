import { getHeaderValues } from "../../request/getHeaderValues.ts";
import type { RequestIntent } from "../../request/parseRequestIntent.ts";
import { getS3Operation } from "../../scenario/getS3Operation.ts";
import type { Endpoint, LabRequest } from "../../types.ts";
import type { ServiceSpec } from "../../world/services.ts";

/**
 * A browser form upload: a POST to an S3 bucket itself, with no Authorization header (its signature is in the
 * form). Read from the door's intent, before the verify context hashes a body that a form upload never signs.
 */
export function isPostObjectRequest(req: LabRequest, intent: RequestIntent, endpoint: Endpoint, service: ServiceSpec): boolean {
  if (endpoint.mode !== "aws" || service.errorFamily !== "s3" || intent.method !== "POST") return false;
  if (getS3Operation(intent.method, intent.path, intent.host, intent.query) !== "PostObject") return false;
  return getHeaderValues(req, "authorization").length === 0;
}
