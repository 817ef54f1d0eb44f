import { createRequestId } from "../../render/createRequestId.ts";
import { renderResponse } from "../../render/renderResponse.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import type { RequestIntent } from "../../request/parseRequestIntent.ts";
import type { LabRequest, LabResponse, S3ObjectWrite, Verdict, World } from "../../types.ts";
import type { ServiceSpec } from "../../world/services.ts";
import { getVirtualHostedBucket } from "../../scenario/getS3Operation.ts";
import { getEtag } from "./getEtag.ts";
import { renderPostSuccess } from "./renderPostSuccess.ts";
import { verifyPostObject } from "./verifyPostObject.ts";

export interface PostObjectAnswer {
  verdict: Verdict;
  response: LabResponse;
  accessKeyId: string | null;
  object?: S3ObjectWrite;
}

/**
 * A browser form upload, verified and answered: errors render through S3's REST-XML renderer like every other S3
 * error; a success is 204, 200, 201 with a PostResponse, or a 303 to `success_action_redirect`.
 */
export function answerPostObject(req: LabRequest, intent: RequestIntent, world: World, service: ServiceSpec, endpointRegion: string, requestSeed: string): PostObjectAnswer {
  const result = verifyPostObject(req, intent, world, endpointRegion);
  if (!result.object || !result.success) {
    const response = renderResponse(result.verdict, { service, mode: "aws", serverNow: world.now, requestId: requestSeed, operation: "PostObject", method: req.method });
    return { verdict: result.verdict, response, accessKeyId: result.accessKeyId };
  }
  const etag = getEtag(result.object.bytes);
  const response = renderPostSuccess(result.object, etag, result.success, {
    requestId: /^[A-Z0-9]{16}$/.test(requestSeed) ? requestSeed : createRequestId(requestSeed, "s3"),
    hostId: createRequestId(requestSeed, "s3HostId"),
    serverNow: world.now,
    host: (getHeaderValues(req, "host")[0] ?? "").trim(),
    virtualHosted: getVirtualHostedBucket(intent.host) !== null,
  });
  return { verdict: { ...result.verdict, status: response.status }, response, accessKeyId: result.accessKeyId, object: result.object };
}
