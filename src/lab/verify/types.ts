import type { FailureKind, FailureParams } from "../catalogue/types.ts";
import type { Endpoint, Identity, LabRequest, SigningTrace, World } from "../types.ts";
import type { ServiceSpec } from "../world/services.ts";
import type { CheckFamily, CheckOrder } from "./checkOrder.ts";
import type { ParsedAuth } from "./parseAuthorization.ts";
import type { RequestIntent } from "../request/parseRequestIntent.ts";
import type { AwsChunkedResult } from "../s3/awsChunked/types.ts";
import type { S3Routing } from "../s3/getS3Routing.ts";

/** Everything the checks read, computed once from the request as received. Checks never modify it. */
export interface VerifyContext {
  req: LabRequest;
  endpoint: Endpoint;
  world: World;
  now: Date;
  /** The service answering: the endpoint's, or its query variant for a query request to SQS. */
  service: ServiceSpec;
  family: CheckFamily;
  order: CheckOrder;
  /** The service name the endpoint expects in the scope. */
  signingName: string;
  normalizePath: boolean;
  auth: ParsedAuth;
  /** Parsed date (null = present but not `yyyyMMddTHHmmssZ`; undefined = absent). */
  requestDate: Date | null | undefined;
  /** Credential split on `/`, trailing slashes ignored (dynalite). */
  credentialParts: string[] | undefined;
  /** SignedHeaders as received, split on `;`. */
  signedHeaders: string[];
  /** The access key ID the credential claims (its first part), whatever else is wrong. */
  claimedAccessKeyId: string | null;
  /** The five-part credential scope, when the credential has five parts. */
  scope: { date: string; region: string; service: string; terminator: string } | undefined;
  /** Target, Action/Version, path and host, read once. */
  intent: RequestIntent;
  /** The operation asked for ("" when unknown). */
  operation: string;
  /** The identity owning the access key ID, whatever its state. */
  identity: Identity | undefined;
  /** The last line of the canonical request, as this service computes it. */
  payloadHash: string;
  /** The server's own SigV4 computation, as far as the inputs allow. */
  trace: Partial<SigningTrace>;
  /** An S3 body declared `STREAMING-…` (x-amz-content-sha256), decoded once (issue 12); undefined otherwise. */
  awsChunked?: AwsChunkedResult;
  /** S3 only: the bucket and key addressed, and the region whose S3 received the request (read once). */
  s3Routing?: S3Routing;
}

export interface StepFailure {
  passed: false;
  detail: string;
  kind: FailureKind;
  params: FailureParams;
  /** Plain words, naming the value received. */
  summary: string;
  fix: string;
  /** Model caveat for this failure (trailing-period doubts…). */
  note?: string;
}

/** A passing step may carry a `note` the verdict's summary repeats (a value S3 accepts but another store refuses). */
export type StepResult = { passed: true; detail: string; note?: string } | StepFailure;

/** A step returns null when it does not apply to this request (an S3 presign check on a header-signed request). */
export type Step = (ctx: VerifyContext) => StepResult | null;

export function pass(detail: string, note?: string): StepResult {
  return note ? { passed: true, detail, note } : { passed: true, detail };
}
