import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseRequestIntent } from "../../../../src/lab/request/parseRequestIntent.ts";
import { getOperation as getOperationOf } from "../../../../src/lab/scenario/getOperation.ts";
import type { LabRequest } from "../../../../src/lab/types.ts";
import { getServiceSpec } from "../../../../src/lab/world/services.ts";

const req = (method: string, target: string, headers: Array<[string, string]>, body = ""): LabRequest => ({
  method,
  target,
  httpVersion: "HTTP/1.1",
  headers: headers.map(([name, value]) => ({ name, value })),
  body: new TextEncoder().encode(body),
});
const getOperation = (r: LabRequest, service: string) => getOperationOf(parseRequestIntent(r), getServiceSpec(service));

describe("getOperation", () => {
  it("reads the operation after the dot of X-Amz-Target", () => {
    assert.equal(getOperation(req("POST", "/", [["X-Amz-Target", "DynamoDB_20120810.ListTables"]]), "dynamodb"), "ListTables");
  });
  it("reads Action from a form body or from the query", () => {
    assert.equal(getOperation(req("POST", "/", [], "Version=2011-06-15&Action=GetCallerIdentity"), "sts"), "GetCallerIdentity");
    assert.equal(getOperation(req("GET", "/?Action=ListUsers&Version=2010-05-08", []), "iam"), "ListUsers");
  });
  it("tells S3 ListBuckets, GetObject and HeadObject apart by host, path and method", () => {
    assert.equal(getOperation(req("GET", "/", [["Host", "s3.us-east-1.amazonaws.com"]]), "s3"), "ListBuckets");
    assert.equal(getOperation(req("GET", "/hello.txt", [["Host", "b.s3.us-east-1.amazonaws.com"]]), "s3"), "GetObject");
    assert.equal(getOperation(req("HEAD", "/b/hello.txt", [["Host", "s3.us-east-1.amazonaws.com"]]), "s3"), "HeadObject");
  });
  it("recognises Lambda ListFunctions", () => {
    assert.equal(getOperation(req("GET", "/2015-03-31/functions/", []), "lambda"), "ListFunctions");
  });
  it("names another REST service's operation when the request is its sample call", () => {
    assert.equal(getOperation(req("GET", "/2015-01-01/domain", [["Host", "es.us-east-1.amazonaws.com"]]), "es"), "ListDomainNames");
    assert.equal(getOperation(req("GET", "/nowhere", [["Host", "es.us-east-1.amazonaws.com"]]), "es"), "");
  });
  it("reads no Action from a JSON body", () => {
    assert.equal(getOperation(req("POST", "/", [["Content-Type", "application/json"]], "Action=ListQueues"), "sqs"), "");
  });
});
