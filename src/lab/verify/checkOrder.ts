import type { CheckName, Protocol } from "../types.ts";

/** One step of the verifier; several steps can report under the same CheckName. */
export type StepId =
  | "bucketRegion"
  | "presignNotYetValid"
  | "protocol"
  | "authMechanism"
  | "algorithm"
  | "authParams"
  | "hostSigned"
  | "date"
  | "clockSkew"
  | "credentialShape"
  | "credentialScope"
  | "sessionToken"
  | "accessKey"
  | "headersNotSigned"
  | "signature"
  | "presignExpiry"
  | "payloadHash"
  | "streamingPayload"
  | "checksums";

/** How a step is reported in `Verdict.checks` and `Verdict.failedCheck`. */
export const STEP_CHECK: Record<StepId, CheckName> = {
  bucketRegion: "bucketRegion",
  presignNotYetValid: "presignExpiry",
  protocol: "protocol",
  authMechanism: "authSyntax",
  algorithm: "authSyntax",
  authParams: "authSyntax",
  hostSigned: "authSyntax",
  date: "date",
  clockSkew: "clockSkew",
  credentialShape: "credentialScope",
  credentialScope: "credentialScope",
  sessionToken: "sessionToken",
  accessKey: "accessKey",
  headersNotSigned: "signature",
  signature: "signature",
  presignExpiry: "presignExpiry",
  payloadHash: "payloadHash",
  streamingPayload: "payloadHash",
  checksums: "payloadHash",
};

export type CheckFamily = "coral-json" | "rest-json" | "iam-style" | "s3";

export interface CheckOrder {
  steps: StepId[];
  /** An Authorization header not starting with `AWS4-` counts as no authentication (dynalite). */
  requireAws4Prefix: boolean;
  /** Said in every verdict's `explanation.model`. */
  model: string;
}

/**
 * AWS's order of checks, one model per service family. Sources disagree (../shared/reference §3.3), so each family
 * follows one source end to end:
 * - coral-json (DynamoDB, Kinesis, KMS): dynalite `index.js` comments, probed against DynamoDB in 2013 (§3.1):
 *   date and skew before Host-signed and the algorithm; access key, then signature, then the session token last.
 * - rest-json (Lambda): dynalite's order, but no `AWS4-` gate: API Gateway answers a bearer header with the
 *   missing-parameter IncompleteSignature text (§4.6), so REST front doors parse before judging the algorithm.
 * - iam-style (STS, IAM, SQS, EC2): scratchstack's flowchart `docs/AWS Auth Error Ordering.pdf` (§3.2): algorithm
 *   first, Host-signed before the date, and the session token before the access key and the signature.
 * - s3: S3's order is only partly known (§3.4): parameter errors first, key lookup before the signature,
 *   unsigned x-amz-* headers before the signature (localstack snapshot), presign expiry after the signature
 *   (localstack's order; AWS's is unknown), the payload hash once the body is read. The clock is put before the key
 *   by analogy with the other families (S3's order there is unknown, §1.2).
 */
export const CHECK_ORDER: Record<CheckFamily, CheckOrder> = {
  "coral-json": {
    steps: ["protocol", "authMechanism", "authParams", "date", "clockSkew", "hostSigned", "algorithm", "credentialShape", "credentialScope", "accessKey", "signature", "sessionToken"],
    requireAws4Prefix: true,
    model: "DynamoDB-style order from dynalite (probed against DynamoDB, 2013): date and clock, Host signed, algorithm, credential scope, access key, signature, then the session token.",
  },
  "rest-json": {
    steps: ["authMechanism", "authParams", "date", "clockSkew", "hostSigned", "algorithm", "credentialShape", "credentialScope", "accessKey", "signature", "sessionToken"],
    requireAws4Prefix: false,
    model: "dynalite's order (DynamoDB, 2013) applied to a REST-JSON service, without its `AWS4-` gate (API Gateway parses a bearer header as SigV4); no source probed Lambda itself.",
  },
  "iam-style": {
    steps: ["authMechanism", "algorithm", "authParams", "hostSigned", "date", "clockSkew", "credentialShape", "credentialScope", "sessionToken", "accessKey", "signature"],
    requireAws4Prefix: false,
    model: "IAM/STS-style order from scratchstack's flowchart: algorithm, parameters, Host signed, date and clock, credential scope, session token, access key, then the signature.",
  },
  s3: {
    // bucketRegion first: S3 redirects a request that reached another region's S3 than its bucket's, whatever it was
    // signed for (checks/checkBucketRegion.ts gives the captures); presignNotYetValid beside the expiry, its twin.
    steps: ["bucketRegion", "authMechanism", "algorithm", "authParams", "credentialShape", "date", "clockSkew", "credentialScope", "accessKey", "sessionToken", "headersNotSigned", "signature", "presignNotYetValid", "presignExpiry", "payloadHash", "streamingPayload", "checksums"],
    requireAws4Prefix: false,
    model: "S3 order, partly known: the bucket's region (a request that reached another region is redirected first), parameters, date and clock (position against the key lookup unknown), region, access key, token, unsigned x-amz-* headers, signature, presign date and expiry (after the signature as localstack does), payload hash, then the body: aws-chunked framing and chunk signatures, then checksums (x-amz-content-sha256 before checksums: Swift's S3 suite run against AWS).",
  },
};

/** The family whose order a service follows: S3's own, else by protocol (REST-XML services other than S3 are IAM-style). */
export function getCheckFamily(service: { protocol: Protocol; errorFamily: string }): CheckFamily {
  if (service.errorFamily === "s3") return "s3";
  switch (service.protocol) {
    case "restXml":
    case "awsQuery":
    case "ec2Query":
      return "iam-style";
    case "restJson1":
      return "rest-json";
    default:
      return "coral-json";
  }
}
