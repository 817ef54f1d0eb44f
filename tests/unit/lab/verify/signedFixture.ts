/**
 * Requests for the verifier's tests, signed by a second implementation: the AWS SDK's own signer
 * (@smithy/signature-v4 through the lab's wrapper). Not a test file.
 */
import { parseRequest as parse } from "../../../support/parseRequest.ts";
import { signWithSmithy } from "../../../../src/lab/sign/signWithSmithy.ts";
import type { Credentials, Endpoint, LabRequest, ServiceId, SignMode } from "../../../../src/lab/types.ts";
import { createDefaultWorld } from "../../../../src/lab/world/defaultWorld.ts";

export const SERVER_NOW = new Date("2026-01-15T12:00:00Z");
export const WORLD = createDefaultWorld(SERVER_NOW);

export const AKID: Credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
export const DOCS_KEY: Credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
export const INACTIVE: Credentials = { accessKeyId: "AKIAI44QH8DHBEXAMPLE", secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY" };
export const VALID_TEMP: Credentials = { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" };
export const EXPIRED_TEMP: Credentials = { accessKeyId: "ASIASIGFIXEXPIRED001", secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01", sessionToken: "sigfix-expired-session-token-EXAMPLE" };

const RAW: Record<ServiceId, string> = {
  dynamodb: "POST / HTTP/1.1\nHost: dynamodb.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.0\nX-Amz-Target: DynamoDB_20120810.ListTables\n\n{}",
  kinesis: "POST / HTTP/1.1\nHost: kinesis.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.1\nX-Amz-Target: Kinesis_20131202.ListStreams\n\n{}",
  kms: "POST / HTTP/1.1\nHost: kms.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.1\nX-Amz-Target: TrentService.ListKeys\n\n{}",
  sts: "POST / HTTP/1.1\nHost: sts.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\nAction=GetCallerIdentity&Version=2011-06-15",
  iam: "POST / HTTP/1.1\nHost: iam.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\nAction=ListUsers&Version=2010-05-08",
  "sqs-query": "POST / HTTP/1.1\nHost: sqs.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\nAction=ListQueues&Version=2012-11-05",
  ec2: "POST / HTTP/1.1\nHost: ec2.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\nAction=DescribeRegions&Version=2016-11-15",
  lambda: "GET /2015-03-31/functions/ HTTP/1.1\nHost: lambda.us-east-1.amazonaws.com\n\n",
  s3: "GET /sigfix-bucket/hello.txt HTTP/1.1\nHost: s3.us-east-1.amazonaws.com\n\n",
};

export { parse };

export function unsigned(service: ServiceId): LabRequest {
  return parse(RAW[service]);
}

export interface SignOpts {
  credentials?: Credentials;
  /** Client clock minus server clock, seconds. */
  skew?: number;
  region?: string;
  signingService?: string;
  mode?: SignMode;
  expiresIn?: number;
  request?: LabRequest;
}

/** Signs the sample request of a service as an SDK would (S3: path-style, x-amz-content-sha256 signed). */
export async function signed(service: ServiceId, o: SignOpts = {}): Promise<LabRequest> {
  const s3 = service === "s3";
  return signWithSmithy(o.request ?? unsigned(service), {
    service: o.signingService ?? (service === "sqs-query" ? "sqs" : service),
    region: o.region ?? "us-east-1",
    credentials: o.credentials ?? AKID,
    signingDate: new Date(SERVER_NOW.getTime() + (o.skew ?? 0) * 1000),
    mode: o.mode ?? "header",
    normalizePath: !s3,
    applyChecksum: s3 && (o.mode ?? "header") === "header",
    ...(s3 && o.mode === "query" ? { unsignedPayload: true } : {}),
    ...(o.expiresIn !== undefined ? { expiresIn: o.expiresIn } : {}),
  });
}

export function endpoint(service: ServiceId, extra: Partial<Endpoint> = {}): Endpoint {
  return { service, region: "us-east-1", mode: "aws", ...extra };
}

/** A copy of the request with one header's value replaced (or added) — tampering after signing. */
export function withHeader(req: LabRequest, name: string, value: string): LabRequest {
  const headers = req.headers.filter((h) => h.name.toLowerCase() !== name.toLowerCase());
  return { ...req, headers: [...headers, { name, value }] };
}

export function withoutHeader(req: LabRequest, name: string): LabRequest {
  return { ...req, headers: req.headers.filter((h) => h.name.toLowerCase() !== name.toLowerCase()) };
}

export function header(req: LabRequest, name: string): string {
  return req.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? "";
}
