import type { SdkFailure } from "../../../src/sdkOutput/index.ts";

// Responses written out by hand, in the shapes of ../shared/reference §2 (DynamoDB JSON 1.0, STS query XML,
// S3 REST-XML, Lambda REST-JSON): literals, not lab output.
export const DYNAMODB_WRONG_SECRET: SdkFailure = {
  status: 400,
  headers: [
    ["x-amzn-RequestId", "RID52AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["Content-Type", "application/x-amz-json-1.0"],
    ["Date", "Thu, 15 Jan 2026 12:00:00 GMT"],
  ],
  body: '{"__type":"com.amazon.coral.service#InvalidSignatureException","message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}',
  code: "InvalidSignatureException",
  message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
  service: "dynamodb",
  protocol: "awsJson1_0",
  operation: "ListTables",
};

export const STS_EXPIRED: SdkFailure = {
  status: 403,
  headers: [
    ["x-amzn-RequestId", "0b7c3e56-1111-2222-3333-444455556666"],
    ["Content-Type", "text/xml"],
    ["Date", "Thu, 15 Jan 2026 12:00:00 GMT"],
  ],
  body: '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>ExpiredToken</Code>\n    <Message>The security token included in the request is expired</Message>\n  </Error>\n  <RequestId>0b7c3e56-1111-2222-3333-444455556666</RequestId>\n</ErrorResponse>\n',
  code: "ExpiredToken",
  message: "The security token included in the request is expired",
  service: "sts",
  protocol: "awsQuery",
  operation: "GetCallerIdentity",
};

export const S3_SKEWED: SdkFailure = {
  status: 403,
  headers: [
    ["x-amz-request-id", "0123456789ABCDEF"],
    ["x-amz-id-2", "HOSTID/abc+def="],
    ["Content-Type", "application/xml"],
    ["Date", "Thu, 15 Jan 2026 12:00:00 GMT"],
  ],
  body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20260115T114000Z</RequestTime><ServerTime>2026-01-15T12:00:00Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>0123456789ABCDEF</RequestId><HostId>HOSTID/abc+def=</HostId></Error>',
  code: "RequestTimeTooSkewed",
  message: "The difference between the request time and the current time is too large.",
  service: "s3",
  protocol: "restXml",
  operation: "ListBuckets",
  clientSkewSeconds: -1200,
};

export const LAMBDA_UNKNOWN_KEY: SdkFailure = {
  status: 403,
  headers: [
    ["x-amzn-RequestId", "aaaa-bbbb"],
    ["x-amzn-ErrorType", "UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/"],
    ["Content-Type", "application/json"],
    ["Date", "Thu, 15 Jan 2026 12:00:00 GMT"],
  ],
  body: '{"message":"The security token included in the request is invalid."}',
  code: "UnrecognizedClientException",
  message: "The security token included in the request is invalid.",
  service: "lambda",
  protocol: "restJson1",
  operation: "ListFunctions",
};
