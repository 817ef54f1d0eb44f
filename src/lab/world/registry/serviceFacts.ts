import type { Confidence } from "../../catalogue/types.ts";
import type { SampleOperation } from "./types.ts";

/**
 * What AWS's front door does for one service where it differs from its protocol family's default, with sources.
 * The registry (serviceTable.generated.ts) says what the model says; these facts say what captures of real
 * responses show. Catalogue sections (§n) are ../shared/reference/aws-auth-errors.md.
 *
 * Open to extension: a front door (API Gateway execute-api, a Lambda URL, OpenSearch…) is a row in
 * extraRows.ts plus an entry here.
 */
export interface ServiceFacts {
  /** Shown in the UI; defaults to the model's serviceId. */
  title?: string;
  /** The `N` in "(… - N min.)". Default 15 (generic AWS docs; §5). */
  skewWindowMinutes?: 5 | 15;
  skewWindowConfidence?: Confidence;
  /**
   * Whose error codes and statuses the service uses, when not its protocol's: awsQueryCompatible JSON services
   * (SQS, CloudWatch) keep their query-era codes.
   */
  errorFamily?: "json" | "restJson" | "query" | "ec2" | "s3";
  /** A signature mismatch appends "The Canonical String for this request should have been…" (§4.3). */
  appendsCanonicalDetail?: { value: boolean; confidence: Confidence };
  /** Header spellings and extras of the JSON answer: DynamoDB's 52-character id, X-Amz-Crc32 and `Server: Server`. */
  jsonHeaders?: "dynamodb" | "standard";
  /** `__type` prefix, when not the protocol's default (awsJson1_0 `com.amazon.coral.service#`, awsJson1_1 ""). */
  jsonTypePrefix?: string;
  /** restJson1: whether `x-amzn-ErrorType` carries `:http://internal.amazon.com/coral/com.amazon.coral.service/`. */
  errorTypeSuffix?: boolean;
  /** awsQuery body layout: STS's pretty-printed one, or SQS's single line with a declaration and `<Detail/>`. */
  queryLayout?: "pretty" | "sqs";
  /** S3's path rules (no dot-segment removal, encoded once). */
  normalizePath?: boolean;
  /** Clients sign x-amz-content-sha256 (S3). */
  signsContentSha256?: boolean;
  /** The sample call, when the generated one is a poor example. */
  sample?: SampleOperation;
  /** Host for a region, when not `<endpointPrefix>.<region>.amazonaws.com`. */
  host?: (region: string) => string;
  /** Where the facts come from (issue or file URLs, catalogue sections). */
  sources: string[];
}

const FIVE = (confidence: Confidence, ...sources: string[]): Pick<ServiceFacts, "skewWindowMinutes" | "skewWindowConfidence" | "sources"> => ({
  skewWindowMinutes: 5,
  skewWindowConfidence: confidence,
  sources,
});

export const SERVICE_FACTS: Record<string, ServiceFacts> = {
  dynamodb: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "uncertain",
    jsonHeaders: "dynamodb",
    sample: { operation: "ListTables" },
    sources: ["§5 DynamoDB (dynalite 2013; aws/aws-sdk-js#2565 '+15'; conflict aws/aws-sdk-js-v3#7605 '- 5 min.')", "§2.3 https://github.com/guregu/dynamo/issues/68"],
  },
  sts: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    sample: { operation: "GetCallerIdentity" },
    host: (region) => `sts.${region}.amazonaws.com`,
    sources: ["§5 STS (devsecops/bootcamp#101, aws/aws-cli#6676)", "§2.1 https://github.com/aws-azure-login/aws-azure-login/issues/251"],
  },
  iam: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "single-source",
    sample: { operation: "GetUser" },
    sources: ["§5 IAM-style (scratchstack ALLOWED_MISMATCH_MINUTES = 15)", "§2.1 https://github.com/cfn-sphere/cfn-sphere/issues/55"],
  },
  s3: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    errorFamily: "s3",
    normalizePath: false,
    signsContentSha256: true,
    sample: { operation: "GetObject", method: "GET", path: "/hello.txt" },
    host: (region) => `s3.${region}.amazonaws.com`,
    sources: ["§5 S3 (MaxAllowedSkewMilliseconds 900000)", "§2.5"],
  },
  // Lambda's raw 403s carry a bare `x-amzn-ErrorType: InvalidSignatureException` and a 192-byte {"message"} body
  // (https://github.com/erlcloud/erlcloud/issues/690, 2021; aws/aws-sdk-go#859): no Coral suffix, unlike Lex.
  lambda: {
    ...FIVE("confirmed", "§5 Lambda (aws/aws-sdk-js#2598; alexa-samples/skill-sample-nodejs-adventure-game#41)", "§2.4", "https://github.com/erlcloud/erlcloud/issues/690"),
    errorTypeSuffix: false,
    sample: { operation: "ListFunctions", method: "GET", path: "/2015-03-31/functions/" },
  },
  kinesis: {
    ...FIVE("confirmed", "§5 Kinesis (awslabs/amazon-kinesis-producer#222; remind101/logspout-kinesis#21)"),
    sample: { operation: "ListStreams" },
  },
  kms: FIVE("single-source", "§5 KMS (https://github.com/aws/aws-sdk-js/issues/2340)"),
  rekognition: FIVE("single-source", "§5 Rekognition (https://github.com/m0ngr31/kanzi/issues/270)"),
  elastictranscoder: FIVE("single-source", "§5 Elastic Transcoder (https://github.com/aws/aws-sdk-js/issues/573)"),
  appsync: FIVE("single-source", "§5 AppSync (https://github.com/awslabs/aws-mobile-appsync-sdk-js/issues/620)"),
  swf: FIVE("single-source", "§5 SWF (AWS SDK for Java v1 ClockSkewAdjuster comment)"),
  sns: { skewWindowMinutes: 15, skewWindowConfidence: "single-source", sources: ["§5 SNS (https://github.com/aws/aws-sdk-js/issues/265)"] },
  ecr: { skewWindowMinutes: 15, skewWindowConfidence: "single-source", sources: ["§5 ECR (https://github.com/upmc-enterprises/registry-creds/issues/24)"] },
  ec2: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "uncertain",
    sample: { operation: "DescribeRegions" },
    sources: ["§5 EC2 (docs: 15 min RequestExpired; AuthFailure also reported)", "§2.2"],
  },
  logs: { sample: { operation: "DescribeLogGroups" }, sources: [] },
  // SQS moved to JSON (botocore's model: awsJson1_0, awsQueryCompatible). It keeps the query-era codes and
  // statuses: Go v2 over JSON reports "StatusCode: 403 … api error InvalidClientTokenId: The security token
  // included in the request is invalid." (https://github.com/argoproj/notifications-engine/issues/382, 2025).
  // The code also travels in `x-amzn-query-error: Code;Sender`, which botocore and JS v3 read first
  // (botocore/parsers.py `_do_query_compatible_error_parse`; smithy awsQueryCompatible trait).
  sqs: {
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    errorFamily: "query",
    appendsCanonicalDetail: { value: true, confidence: "uncertain" },
    sources: [
      "https://github.com/argoproj/notifications-engine/issues/382",
      "§5 SQS (aws/aws-sdk-js#401; aws/aws-sdk-php#642; aws/aws-sdk-go#487)",
      "https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#aws-protocols-awsquerycompatible-trait",
    ],
  },
  // SQS on the query protocol, as older SDKs still send it: one line, `<?xml version="1.0"?>`, `<Detail/>`
  // (https://github.com/ex-aws/ex_aws/issues/220, 2016 raw body; §2.1 aws/aws-sdk-php#642, 2015).
  "sqs-query": {
    title: "SQS (query protocol)",
    skewWindowMinutes: 15,
    skewWindowConfidence: "confirmed",
    queryLayout: "sqs",
    appendsCanonicalDetail: { value: true, confidence: "confirmed" },
    sample: { operation: "ListQueues" },
    sources: ["https://github.com/ex-aws/ex_aws/issues/220", "https://github.com/aws/aws-cli/issues/5341", "§2.1", "§4.3"],
  },
  cloudwatch: {
    errorFamily: "query",
    sources: ["botocore model: awsJson1_0 with awsQueryCompatible (query-era codes)"],
  },
};
