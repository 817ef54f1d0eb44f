import type { Protocol, ServiceId } from "../types.ts";

/**
 * What the lab knows about each service's front door, as data.
 * Windows and body details come from ../shared/reference (§2 wire formats, §5 skew windows).
 */
export interface ServiceSpec {
  id: ServiceId;
  /** Human name for the UI. */
  title: string;
  /** The name in the credential scope. */
  signingName: string;
  protocol: Protocol;
  /** Allowed clock skew in minutes, as it appears in "(… - N min.)". */
  skewWindowMinutes: number;
  /** Confidence of the window: DynamoDB's current value is disputed (§5). */
  skewWindowConfidence: "confirmed" | "single-source" | "uncertain";
  /** false = S3's path rules: no dot-segment removal, decoded then encoded once. */
  normalizePath: boolean;
  /** Endpoint host for a region (for sample requests and routing). */
  host: (region: string) => string;
  /** awsQuery: the ErrorResponse xmlns. */
  xmlns?: string;
  /** awsJson: prefix of `__type` ("com.amazon.coral.service#" for DynamoDB, "" for JSON 1.1 services). */
  jsonTypePrefix?: string;
  /** awsJson: the X-Amz-Target prefix. */
  targetPrefix?: string;
  /** Clients sign x-amz-content-sha256 (S3). */
  signsContentSha256: boolean;
}

export const SERVICES: Record<ServiceId, ServiceSpec> = {
  dynamodb: {
    id: "dynamodb",
    title: "DynamoDB",
    signingName: "dynamodb",
    protocol: "awsJson1_0",
    skewWindowMinutes: 15,
    skewWindowConfidence: "uncertain",
    normalizePath: true,
    host: (region) => `dynamodb.${region}.amazonaws.com`,
    jsonTypePrefix: "com.amazon.coral.service#",
    targetPrefix: "DynamoDB_20120810",
    signsContentSha256: false,
  },
  sts: {
    id: "sts",
    title: "STS",
    signingName: "sts",
    protocol: "awsQuery",
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    normalizePath: true,
    host: (region) => `sts.${region}.amazonaws.com`,
    xmlns: "https://sts.amazonaws.com/doc/2011-06-15/",
    signsContentSha256: false,
  },
  iam: {
    id: "iam",
    title: "IAM",
    signingName: "iam",
    protocol: "awsQuery",
    skewWindowMinutes: 15,
    skewWindowConfidence: "single-source",
    normalizePath: true,
    host: () => "iam.amazonaws.com",
    xmlns: "https://iam.amazonaws.com/doc/2010-05-08/",
    signsContentSha256: false,
  },
  s3: {
    id: "s3",
    title: "S3",
    signingName: "s3",
    protocol: "restXml",
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    normalizePath: false,
    host: (region) => `s3.${region}.amazonaws.com`,
    signsContentSha256: true,
  },
  lambda: {
    id: "lambda",
    title: "Lambda",
    signingName: "lambda",
    protocol: "restJson1",
    skewWindowMinutes: 5,
    skewWindowConfidence: "confirmed",
    normalizePath: true,
    host: (region) => `lambda.${region}.amazonaws.com`,
    signsContentSha256: false,
  },
  kinesis: {
    id: "kinesis",
    title: "Kinesis",
    signingName: "kinesis",
    protocol: "awsJson1_1",
    skewWindowMinutes: 5,
    skewWindowConfidence: "confirmed",
    normalizePath: true,
    host: (region) => `kinesis.${region}.amazonaws.com`,
    jsonTypePrefix: "",
    targetPrefix: "Kinesis_20131202",
    signsContentSha256: false,
  },
  kms: {
    id: "kms",
    title: "KMS",
    signingName: "kms",
    protocol: "awsJson1_1",
    skewWindowMinutes: 5,
    skewWindowConfidence: "single-source",
    normalizePath: true,
    host: (region) => `kms.${region}.amazonaws.com`,
    jsonTypePrefix: "",
    targetPrefix: "TrentService",
    signsContentSha256: false,
  },
  sqs: {
    id: "sqs",
    title: "SQS (query protocol)",
    signingName: "sqs",
    protocol: "awsQuery",
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    normalizePath: true,
    host: (region) => `sqs.${region}.amazonaws.com`,
    xmlns: "http://queue.amazonaws.com/doc/2012-11-05/",
    signsContentSha256: false,
  },
  ec2: {
    id: "ec2",
    title: "EC2",
    signingName: "ec2",
    protocol: "ec2Query",
    skewWindowMinutes: 15,
    skewWindowConfidence: "uncertain",
    normalizePath: true,
    host: (region) => `ec2.${region}.amazonaws.com`,
    signsContentSha256: false,
  },
};

export function getServiceSpec(id: ServiceId): ServiceSpec {
  return SERVICES[id];
}
