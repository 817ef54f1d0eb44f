import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";

describe("createDefaultScenario", () => {
  it("gives DynamoDB a ListTables request signed by AKIDEXAMPLE without skew", () => {
    const s = createDefaultScenario("dynamodb", "2024-01-02T03:04:05Z");
    assert.equal(
      s.request,
      "POST / HTTP/1.1\r\nHost: dynamodb.us-east-1.amazonaws.com\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n\r\n{}",
    );
    assert.equal(s.credentials.accessKeyId, "AKIDEXAMPLE");
    assert.equal(s.clockSkewSeconds, 0);
    assert.equal(s.mode, "header");
    assert.equal(s.endpointMode, "aws");
    assert.equal(s.serverNow, "2024-01-02T03:04:05Z");
  });
  it("gives STS a GetCallerIdentity form post", () => {
    assert.match(createDefaultScenario("sts", "2024-01-02T03:04:05Z").request, /\r\n\r\nAction=GetCallerIdentity&Version=2011-06-15$/);
  });
  it("gives S3 a virtual-hosted GetObject and Lambda a ListFunctions", () => {
    assert.equal(createDefaultScenario("s3", "x").request, "GET /hello.txt HTTP/1.1\r\nHost: sigfix-example.s3.us-east-1.amazonaws.com\r\n\r\n");
    assert.equal(createDefaultScenario("lambda", "x").request, "GET /2015-03-31/functions/ HTTP/1.1\r\nHost: lambda.us-east-1.amazonaws.com\r\n\r\n");
  });
});
