import type { LabResponse, Protocol, S3ObjectWrite, Verdict } from "../types.ts";
import type { ServiceSpec } from "../world/services.ts";
import { createRequestId } from "./createRequestId.ts";
import type { RequestIdShape } from "./createRequestId.ts";
import { renderDynamoDbLocal } from "./renderDynamoDbLocal.ts";
import { renderEc2Query } from "./renderEc2Query.ts";
import { renderJson10 } from "./renderJson10.ts";
import { renderJson11 } from "./renderJson11.ts";
import { renderQueryXml } from "./renderQueryXml.ts";
import { renderRestJson } from "./renderRestJson.ts";
import { renderRestXml } from "./renderRestXml.ts";
import { renderSuccess } from "./renderSuccess.ts";
import { renderS3WriteSuccess } from "./renderS3WriteSuccess.ts";
import type { ErrorParts, RenderContext } from "./types.ts";

export interface RenderOptions {
  service: ServiceSpec;
  mode: "aws" | "dynamodb-local";
  serverNow: Date;
  /**
   * The request id. Used as is when it already has the protocol's shape (52 uppercase alphanumerics for
   * DynamoDB, a UUID for query/JSON, 16 uppercase hex for S3); otherwise taken as a seed for createRequestId.
   */
  requestId: string;
  /** The operation that succeeded (ListTables, GetCallerIdentity, ListBuckets, GetObject, ListFunctions…). */
  operation?: string;
  /** The caller, for GetCallerIdentity. */
  accessKeyId?: string;
  arn?: string;
  /** The request method: S3 answers HEAD without a body. Defaults to GET. */
  method?: string;
  /** An accepted S3 PutObject or UploadPart: what it wrote, for the ETag and checksum S3 answers with. */
  object?: S3ObjectWrite;
}

const SHAPES: Record<RequestIdShape, RegExp> = {
  dynamodb: /^[A-Z0-9]{52}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  s3: /^[A-Z0-9]{16}$/,
  s3HostId: /^[A-Za-z0-9+/=]{20,}$/,
};

function shapeId(value: string, shape: RequestIdShape): string {
  return SHAPES[shape].test(value) ? value : createRequestId(value, shape);
}

type Renderer = (error: ErrorParts, ctx: RenderContext) => LabResponse;

const RENDERERS: Record<Protocol, Renderer> = {
  awsJson1_0: renderJson10,
  awsJson1_1: renderJson11,
  restJson1: renderRestJson,
  awsQuery: renderQueryXml,
  ec2Query: renderEc2Query,
  restXml: renderRestXml,
  dynamodbLocal: renderDynamoDbLocal,
};

/** The response the endpoint sends for a verdict, byte for byte, in the service's protocol. */
export function renderResponse(verdict: Verdict, opts: RenderOptions): LabResponse {
  const protocol: Protocol = opts.mode === "dynamodb-local" ? "dynamodbLocal" : opts.service.protocol;
  const s3 = opts.service.errorFamily === "s3";
  const idShape: RequestIdShape =
    protocol === "dynamodbLocal" || (protocol === "awsJson1_0" && opts.service.jsonHeaders === "dynamodb") ? "dynamodb" : s3 ? "s3" : "uuid";
  const ctx: RenderContext = {
    service: opts.service,
    protocol,
    serverNow: opts.serverNow,
    requestId: shapeId(opts.requestId, idShape),
    hostId: s3 ? createRequestId(opts.requestId, "s3HostId") : "",
    method: opts.method ?? "GET",
  };
  if (verdict.outcome === "ok") {
    if (s3 && opts.object && opts.object.operation !== "PostObject") return renderS3WriteSuccess(ctx, opts.object);
    return renderSuccess(ctx, opts.operation ?? "", { accessKeyId: opts.accessKeyId, arn: opts.arn });
  }
  // REST-XML services other than S3 answer IAM-style `ErrorResponse` bodies.
  return (protocol === "restXml" && !s3 ? renderQueryXml : RENDERERS[protocol])(verdict, ctx);
}
