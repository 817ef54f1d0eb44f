import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getSdkOutputs } from "../../../src/sdkOutput/index.ts";
import type { SdkFailure, SdkId, SdkOutput } from "../../../src/sdkOutput/index.ts";
import { DYNAMODB_WRONG_SECRET, LAMBDA_UNKNOWN_KEY, S3_SKEWED, STS_EXPIRED } from "./fixtures.ts";

const byId = (f: SdkFailure) => Object.fromEntries(getSdkOutputs(f).map((o) => [o.id, o])) as Record<SdkId, SdkOutput>;

// Expected strings follow the templates in each SDK's source (cited in src/sdkOutput/format*.ts), written out by hand.
describe("getSdkOutputs", () => {
  it("lists the seven clients in a fixed order", () => {
    assert.deepEqual(getSdkOutputs(DYNAMODB_WRONG_SECRET).map((o) => o.id), ["botocore", "aws-cli-v1", "aws-cli-v2", "js-v3", "java-v2", "go-v2", "dotnet"]);
  });
  it("prints botocore's ClientError line", () => {
    assert.equal(byId(STS_EXPIRED).botocore.text, "An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired");
  });
  it("wraps it for the AWS CLI: v1 on stderr with exit 255, v2 with the aws: [ERROR]: prefix and exit 254", () => {
    const o = byId(STS_EXPIRED);
    assert.equal(o["aws-cli-v1"].text, "\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n");
    assert.equal(o["aws-cli-v1"].exitCode, 255);
    assert.equal(o["aws-cli-v2"].text, "\naws: [ERROR]: An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n");
    assert.equal(o["aws-cli-v2"].exitCode, 254);
  });
  it("names JS v3's unmodelled error by its code, as an instance of the service's base exception", () => {
    const js = byId(STS_EXPIRED)["js-v3"];
    assert.equal(js.text, "ExpiredToken: The security token included in the request is expired");
    assert.equal(js.exceptionClass, "STSServiceException");
    assert.deepEqual(js.fields.find(([k]) => k === "$metadata.httpStatusCode"), ["$metadata.httpStatusCode", "403"]);
  });
  it("formats Java v2's message with service, status, request id and attempt count", () => {
    assert.equal(
      byId(DYNAMODB_WRONG_SECRET)["java-v2"].text,
      "software.amazon.awssdk.services.dynamodb.model.DynamoDbException: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details. (Service: DynamoDb, Status Code: 400, Request ID: RID52AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) (SDK Attempt Count: 1)",
    );
  });
  it("adds S3's Extended Request ID for Java v2 and HostID for Go v2", () => {
    const o = byId(S3_SKEWED);
    assert.equal(o["java-v2"].text, "software.amazon.awssdk.services.s3.model.S3Exception: The difference between the request time and the current time is too large. (Service: S3, Status Code: 403, Request ID: 0123456789ABCDEF, Extended Request ID: HOSTID/abc+def=) (SDK Attempt Count: 1)");
    assert.equal(o["go-v2"].text, "operation error S3: ListBuckets, https response error StatusCode: 403, RequestID: 0123456789ABCDEF, HostID: HOSTID/abc+def=, api error RequestTimeTooSkewed: The difference between the request time and the current time is too large.");
  });
  it("formats Go v2's operation error for STS", () => {
    assert.equal(byId(STS_EXPIRED)["go-v2"].text, "operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 0b7c3e56-1111-2222-3333-444455556666, api error ExpiredToken: The security token included in the request is expired");
  });
  it("gives .NET's class and message with HttpStatusCode and ErrorType", () => {
    const net = byId(LAMBDA_UNKNOWN_KEY).dotnet;
    assert.equal(net.text, "Amazon.Lambda.AmazonLambdaException: The security token included in the request is invalid.");
    assert.deepEqual(net.fields.slice(0, 3), [["ErrorCode", "UnrecognizedClientException"], ["ErrorType", "Sender"], ["StatusCode", "HttpStatusCode.Forbidden (403)"]]);
  });
  it("raises botocore's generated class for a code S3's model declares", () => {
    const body = S3_SKEWED.body.replace("RequestTimeTooSkewed", "AccessDenied");
    assert.equal(byId({ ...S3_SKEWED, body }).botocore.exceptionClass, "botocore.errorfactory.AccessDenied");
    assert.equal(byId(S3_SKEWED).botocore.exceptionClass, "botocore.exceptions.ClientError");
  });
  it("says Unknown for a query error without a Message, as botocore's ClientError does", () => {
    const body = STS_EXPIRED.body.replace(/<Message>[^<]*<\/Message>/, "");
    assert.equal(byId({ ...STS_EXPIRED, body }).botocore.text, "An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: Unknown");
  });
  it("reads a body-less S3 HEAD 403 as botocore does: code 403, message Forbidden", () => {
    assert.equal(byId({ ...S3_SKEWED, body: "", method: "HEAD", operation: "HeadObject" }).botocore.text, "An error occurred (403) when calling the HeadObject operation: Forbidden");
  });
  it("returns nothing, not a crash, for a service outside the lab's list", () => {
    assert.deepEqual(getSdkOutputs({ ...STS_EXPIRED, service: "__proto__" as never }), []);
  });
});
