import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderSuccess } from "../../../../src/lab/render/renderSuccess.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";
import type { ServiceId } from "../../../../src/lab/types.ts";

const ctx = (id: ServiceId, method = "GET") => ({
  service: SERVICES[id]!,
  protocol: SERVICES[id]!.protocol,
  serverNow: new Date("2024-01-02T03:04:05Z"),
  requestId: "REQ",
  hostId: "HOST",
  method,
});
const header = (res: { headers: Array<[string, string]> }, name: string) => res.headers.find(([n]) => n === name)?.[1];

describe("renderSuccess", () => {
  it("answers DynamoDB ListTables with a TableNames list", () => {
    const res = renderSuccess(ctx("dynamodb", "POST"), "ListTables");
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body), { TableNames: ["sigfix-example"] });
    assert.equal(header(res, "Content-Type"), "application/x-amz-json-1.0");
  });
  it("answers STS GetCallerIdentity with the caller's ARN and account", () => {
    const res = renderSuccess(ctx("sts", "POST"), "GetCallerIdentity", {
      accessKeyId: "AKIDEXAMPLE",
      arn: "arn:aws:iam::111122223333:user/alice",
    });
    assert.match(res.body, /^<GetCallerIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\n/);
    assert.match(res.body, /<Arn>arn:aws:iam::111122223333:user\/alice<\/Arn>/);
    assert.match(res.body, /<UserId>AIDA[A-Z0-9]{17}<\/UserId>/);
    assert.match(res.body, /<Account>111122223333<\/Account>/);
    assert.match(res.body, /<RequestId>REQ<\/RequestId>/);
  });
  it("gives an assumed role's UserId as role id and session name", () => {
    const res = renderSuccess(ctx("sts", "POST"), "GetCallerIdentity", {
      arn: "arn:aws:sts::111122223333:assumed-role/Deploy/ci-session",
    });
    assert.match(res.body, /<UserId>AROA[A-Z0-9]{17}:ci-session<\/UserId>/);
  });
  it("answers S3 ListBuckets with a ListAllMyBucketsResult", () => {
    const res = renderSuccess(ctx("s3"), "ListBuckets");
    assert.match(res.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<ListAllMyBucketsResult xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/">/);
    assert.match(res.body, /<Bucket><Name>sigfix-example<\/Name>/);
    assert.equal(header(res, "Server"), "AmazonS3");
  });
  it("answers S3 GetObject with the object, and HEAD with its length but no body", () => {
    const get = renderSuccess(ctx("s3"), "GetObject");
    assert.equal(get.body, "Hello from the sigfix lab.\n");
    assert.equal(header(get, "Content-Length"), "27");
    const head = renderSuccess(ctx("s3", "HEAD"), "GetObject");
    assert.equal(head.body, "");
    assert.equal(header(head, "Content-Length"), "27");
  });
  it("answers Lambda ListFunctions with an empty Functions list", () => {
    const res = renderSuccess(ctx("lambda"), "ListFunctions");
    assert.deepEqual(JSON.parse(res.body), { Functions: [] });
    assert.equal(header(res, "Content-Type"), "application/json");
  });
  it("always carries the Date header of the server clock", () => {
    for (const id of ["dynamodb", "sts", "s3", "lambda", "kinesis", "ec2"] as const) {
      assert.equal(header(renderSuccess(ctx(id), "X"), "Date"), "Tue, 02 Jan 2024 03:04:05 GMT", id);
    }
  });
});
