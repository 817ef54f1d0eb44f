import { parseRequestIntent, type RequestIntent } from "./request/parseRequestIntent.ts";
import { renderResponse } from "./render/renderResponse.ts";
import type { Endpoint, LabRequest, LabResponse, S3ObjectWrite, Verdict, World } from "./types.ts";
import { createVerifyContext } from "./verify/createVerifyContext.ts";
import { verifyContext } from "./verify/verifyRequest.ts";
import { getS3ObjectWrite } from "./s3/getS3ObjectWrite.ts";
import { answerPostObject } from "./s3/postObject/answerPostObject.ts";
import { isPostObjectRequest } from "./s3/postObject/isPostObjectRequest.ts";
import { getServiceSpec } from "./world/services.ts";

export interface Answer {
  verdict: Verdict;
  response: LabResponse;
  /** The operation the request asked for (ListTables, GetCallerIdentity…). */
  operation: string;
  /** The access key ID the request claims, when it carries one. */
  accessKeyId: string | null;
  /** The registry service that answered (`sqs-query` for a query request to SQS). */
  service?: string;
  /** A verified S3 write: the object bytes and stored headers (the mock endpoint keeps them). */
  object?: S3ObjectWrite;
}

/**
 * AWS's front door for one received request: the verdict, and the exact response bytes for the endpoint's protocol.
 * The scenario runner, `sigfix verify` and the mock endpoint all answer through here, so they cannot disagree.
 * The request is read once, into the verify context; the checks and the renderer read that.
 * `requestSeed` makes request ids reproducible (the same request gets the same id). `intent` is what the caller
 * already read to route the request (the mock), so it is not read twice.
 */
export function answerRequest(req: LabRequest, endpoint: Endpoint, world: World, requestSeed: string, intent?: RequestIntent): Answer {
  // A browser form upload (issue 12): its signature is in the form, so it has its own front door.
  const read = intent ?? parseRequestIntent(req);
  const service = getServiceSpec(endpoint.service);
  if (isPostObjectRequest(req, read, endpoint, service)) {
    const post = answerPostObject(req, read, world, service, endpoint.region, requestSeed);
    return { verdict: post.verdict, response: post.response, operation: "PostObject", accessKeyId: post.accessKeyId, service: service.id, ...(post.object ? { object: post.object } : {}) };
  }
  const ctx = createVerifyContext(req, endpoint, world, read);
  const verdict = verifyContext(ctx);
  const accessKeyId = ctx.claimedAccessKeyId;
  const arn = ctx.identity?.arn;
  // An aws-chunked body stores its decoded data, and its trailing checksum as S3 stores a header checksum.
  const chunked = ctx.awsChunked?.ok ? ctx.awsChunked.value : undefined;
  const object = verdict.outcome === "ok" && ctx.family === "s3"
    ? getS3ObjectWrite(req, ctx.intent, ctx.operation, chunked?.data ?? req.body, chunked?.trailers) : undefined;
  const response = renderResponse(verdict, {
    service: ctx.service,
    mode: endpoint.mode,
    serverNow: world.now,
    requestId: requestSeed,
    operation: ctx.operation,
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(arn ? { arn } : {}),
    method: req.method,
    ...(object ? { object } : {}),
  });
  return { verdict, response, operation: ctx.operation, accessKeyId, service: ctx.service.id, ...(object ? { object } : {}) };
}
