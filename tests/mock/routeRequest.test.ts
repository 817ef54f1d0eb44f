import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { routeRequest } from "../../src/mock/routeRequest.ts";
import { getS3Operation } from "../../src/lab/scenario/getS3Operation.ts";

const req = (method: string, target: string, headers: Array<[string, string]> = [], body = "") => ({
  method,
  target,
  httpVersion: "HTTP/1.1",
  headers: headers.map(([name, value]) => ({ name, value })),
  body: new TextEncoder().encode(body),
});
const route = (r: ReturnType<typeof req>, mode: "aws" | "dynamodb-local" = "aws") => {
  const { service, operation, reason } = routeRequest(r, mode);
  return { service, operation, reason };
};

describe("routeRequest", () => {
  it("sends an X-Amz-Target of DynamoDB_20120810 to DynamoDB with the operation after the dot", () => {
    assert.deepEqual(route(req("POST", "/", [["X-Amz-Target", "DynamoDB_20120810.ListTables"]])), { service: "dynamodb", operation: "ListTables", reason: "x-amz-target" });
  });

  it("sends Kinesis and KMS targets to their services", () => {
    assert.equal(route(req("POST", "/", [["x-amz-target", "Kinesis_20131202.ListStreams"]])).service, "kinesis");
    assert.equal(route(req("POST", "/", [["x-amz-target", "TrentService.ListKeys"]])).service, "kms");
  });

  it("sends a form POST with an Action to STS", () => {
    const r = req("POST", "/", [["Content-Type", "application/x-www-form-urlencoded; charset=utf-8"]], "Action=GetCallerIdentity&Version=2011-06-15");
    assert.deepEqual(route(r), { service: "sts", operation: "GetCallerIdentity", reason: "action" });
  });

  it("sends a query-string Action to STS, so presigned STS URLs route too", () => {
    assert.deepEqual(route(req("GET", "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256")), { service: "sts", operation: "GetCallerIdentity", reason: "action" });
  });

  it("tells IAM, SQS and EC2 query calls apart by their Version", () => {
    assert.equal(route(req("GET", "/?Action=ListUsers&Version=2010-05-08")).service, "iam");
    assert.equal(route(req("GET", "/?Action=ListQueues&Version=2012-11-05")).service, "sqs-query");
    assert.equal(route(req("GET", "/?Action=DescribeRegions&Version=2016-11-15")).service, "ec2");
  });

  it("sends JSON targets of any registry service to it: SQS, Secrets Manager, CloudWatch Logs", () => {
    assert.deepEqual(route(req("POST", "/", [["X-Amz-Target", "AmazonSQS.ListQueues"]])), { service: "sqs", operation: "ListQueues", reason: "x-amz-target" });
    assert.equal(route(req("POST", "/", [["X-Amz-Target", "secretsmanager.ListSecrets"]])).service, "secretsmanager");
    assert.equal(route(req("POST", "/", [["X-Amz-Target", "Logs_20140328.DescribeLogGroups"]])).service, "logs");
  });

  it("routes a REST call on 127.0.0.1 by the scope's service, and an AWS host by its endpoint prefix", () => {
    const signedFor = (service: string) => [["Authorization", `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`]] as Array<[string, string]>;
    assert.deepEqual(route(req("GET", "/restapis", signedFor("apigateway"))), { service: "apigateway", operation: "", reason: "credential" });
    assert.equal(route(req("GET", "/2015-01-01/domain", signedFor("es"))).operation, "ListDomainNames");
    assert.equal(route(req("GET", "/prod/pets", [["Host", "abc123.execute-api.us-east-1.amazonaws.com"]])).reason, "host");
  });

  it("tells services sharing a target prefix apart by the scope (Timestream query and write)", () => {
    const headers: Array<[string, string]> = [
      ["X-Amz-Target", "Timestream_20181101.DescribeEndpoints"],
      ["Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/timestream/aws4_request, SignedHeaders=host, Signature=00"],
    ];
    assert.ok(["timestream-query", "timestream-write"].includes(route(req("POST", "/", headers)).service));
  });

  it("ignores an Action in a body that is not a form", () => {
    assert.equal(route(req("POST", "/bucket/key", [["Content-Type", "text/plain"]], "Action=GetCallerIdentity")).service, "s3");
  });

  it("sends Lambda's REST paths to Lambda", () => {
    assert.deepEqual(route(req("GET", "/2015-03-31/functions/")), { service: "lambda", operation: "ListFunctions", reason: "lambda-path" });
    assert.deepEqual(route(req("POST", "/2015-03-31/functions/my-fn/invocations")), { service: "lambda", operation: "Invoke", reason: "lambda-path" });
  });

  it("sends everything else to S3", () => {
    assert.deepEqual(route(req("GET", "/")), { service: "s3", operation: "ListBuckets", reason: "s3-default" });
    assert.deepEqual(route(req("GET", "/sigfix-example/a/b.txt?x-id=GetObject")), { service: "s3", operation: "GetObject", reason: "s3-default" });
  });

  it("sends everything to DynamoDB in dynamodb-local mode, as DynamoDB Local's port does", () => {
    assert.equal(route(req("GET", "/?Action=GetCallerIdentity"), "dynamodb-local").service, "dynamodb");
  });
});

describe("getS3Operation", () => {
  it("reads the bucket from a virtual-hosted Host and the key from the path", () => {
    assert.equal(getS3Operation("GET", "/key.txt", "sigfix-example.s3.us-east-1.amazonaws.com"), "GetObject");
    assert.equal(getS3Operation("GET", "/key.txt", "sigfix-example.localhost:4599"), "GetObject");
    assert.equal(getS3Operation("GET", "/", "sigfix-example.localhost:4599"), "ListObjectsV2");
  });

  it("reads bucket and key from the path in path-style", () => {
    assert.equal(getS3Operation("GET", "/", "127.0.0.1:4599"), "ListBuckets");
    assert.equal(getS3Operation("GET", "/sigfix-example", "s3.us-east-1.amazonaws.com"), "ListObjectsV2");
    assert.equal(getS3Operation("HEAD", "/sigfix-example/k", "127.0.0.1:4599"), "HeadObject");
    assert.equal(getS3Operation("PUT", "/sigfix-example/k", "localhost:4599"), "PutObject");
  });
});
