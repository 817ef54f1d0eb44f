import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseSdkErrorLine } from "../../../src/diagnose/parseSdkErrorLine.ts";

const CODES = new Set(["InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch", "ExpiredTokenException"]);
const isCode = (name: string) => CODES.has(name);
const T = "The security token included in the request is invalid.";

describe("parseSdkErrorLine", () => {
  it("reads botocore's ClientError text, retries included", () => {
    assert.deepEqual(
      parseSdkErrorLine(`An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation (reached max retries: 4): ${T}`, isCode),
      { format: "botocore", code: "InvalidClientTokenId", operation: "GetCallerIdentity", message: T },
    );
  });

  it("takes botocore's HTTP status in place of a code for a HEAD request", () => {
    assert.deepEqual(parseSdkErrorLine("An error occurred (403) when calling the HeadObject operation: Forbidden", isCode), {
      format: "botocore",
      operation: "HeadObject",
      message: "Forbidden",
      status: 403,
    });
  });

  it("reads a Java v1 exception with its Service, Status Code, Error Code and Request ID", () => {
    const line = `com.amazonaws.services.dynamodbv2.model.AmazonDynamoDBException: ${T} (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: UnrecognizedClientException; Request ID: 3TBRPK5V9K0VCH1BRIQHE7VN0BVV4KQNSO5AEMVJF66Q9ASUAAJG; Proxy: null)`;
    assert.deepEqual(parseSdkErrorLine(line, isCode), {
      format: "java-v1",
      code: "UnrecognizedClientException",
      message: T,
      service: "AmazonDynamoDBv2",
      status: 400,
      requestId: "3TBRPK5V9K0VCH1BRIQHE7VN0BVV4KQNSO5AEMVJF66Q9ASUAAJG",
    });
  });

  it("reads a Java v2 exception, which carries no code", () => {
    const line = `software.amazon.awssdk.services.sts.model.StsException: ${T} (Service: Sts, Status Code: 403, Request ID: 6b3a9c1e-0000-4000-8000-000000000000)`;
    assert.deepEqual(parseSdkErrorLine(line, isCode), { format: "java-v2", message: T, service: "Sts", status: 403, requestId: "6b3a9c1e-0000-4000-8000-000000000000" });
  });

  it("reads a Go v2 operation error", () => {
    const line = `operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 8a5e0c7d-0000-4000-8000-000000000000, api error InvalidClientTokenId: ${T}`;
    assert.deepEqual(parseSdkErrorLine(line, isCode), {
      format: "go-v2",
      code: "InvalidClientTokenId",
      message: T,
      service: "STS",
      operation: "GetCallerIdentity",
      status: 403,
      requestId: "8a5e0c7d-0000-4000-8000-000000000000",
    });
  });

  it("reads JS, Go v1 and Ruby `Code: message` lines, with Go v1's status", () => {
    assert.equal(parseSdkErrorLine(`UnrecognizedClientException: ${T}\n    at throwDefaultError (index.js:840:20)`, isCode)?.code, "UnrecognizedClientException");
    assert.deepEqual(parseSdkErrorLine(`InvalidClientTokenId: ${T}\n\tstatus code: 403, request id: 1f0e`, isCode), {
      format: "name-message",
      code: "InvalidClientTokenId",
      message: T,
      status: 403,
    });
    assert.equal(parseSdkErrorLine(`Aws::STS::Errors::InvalidClientTokenId: ${T}`, isCode)?.code, "InvalidClientTokenId");
  });

  it("reads the PHP SDK's `Code (client): message - <body>` form", () => {
    const line = `AWS HTTP error: Client error: \`POST https://sts.amazonaws.com\` resulted in a \`403 Forbidden\` response:\n InvalidClientTokenId (client): ${T} - <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">`;
    assert.deepEqual(parseSdkErrorLine(line, isCode), { format: "php", code: "InvalidClientTokenId", message: T });
  });

  it("does not take a Node network error for an AWS error", () => {
    assert.equal(parseSdkErrorLine("Error: connect ECONNREFUSED 127.0.0.1:8000", isCode), null);
  });
});
