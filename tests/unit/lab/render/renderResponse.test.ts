import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderResponse } from "../../../../src/lab/render/renderResponse.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";
import type { Verdict } from "../../../../src/lab/types.ts";

const verdict = (over: Partial<Verdict>): Verdict => ({
  outcome: "InvalidSignatureException",
  status: 400,
  message: "m",
  failedCheck: "signature",
  catalogueId: null,
  confidence: null,
  explanation: { summary: "", fix: "" },
  checks: [],
  server: {},
  extras: [],
  ...over,
});
const now = new Date("2024-01-02T03:04:05Z");
const header = (res: { headers: Array<[string, string]> }, name: string) => res.headers.find(([n]) => n === name)?.[1];

describe("renderResponse", () => {
  it("renders DynamoDB errors as JSON 1.0 with a 52-character request id derived from the seed", () => {
    const res = renderResponse(verdict({}), { service: SERVICES.dynamodb, mode: "aws", serverNow: now, requestId: "seed" });
    assert.match(res.body, /^\{"__type":"com\.amazon\.coral\.service#InvalidSignatureException"/);
    assert.match(header(res, "x-amzn-RequestId")!, /^[A-Z0-9]{52}$/);
  });
  it("keeps a request id that already has the protocol's shape", () => {
    const id = "16fc956c-311e-4199-bee1-1680236e9698";
    const res = renderResponse(verdict({ outcome: "X", status: 403 }), { service: SERVICES.sts, mode: "aws", serverNow: now, requestId: id });
    assert.equal(header(res, "x-amzn-RequestId"), id);
  });
  it("renders S3 errors as REST-XML with S3 ids", () => {
    const res = renderResponse(verdict({ outcome: "SignatureDoesNotMatch", status: 403 }), { service: SERVICES.s3, mode: "aws", serverNow: now, requestId: "seed" });
    assert.match(header(res, "x-amz-request-id")!, /^[0-9A-F]{16}$/);
    assert.match(header(res, "x-amz-id-2")!, /^[A-Za-z0-9+/]{76}$/);
    assert.match(res.body, /<Code>SignatureDoesNotMatch<\/Code>/);
  });
  it("renders Lambda errors as REST-JSON", () => {
    const res = renderResponse(verdict({ status: 403 }), { service: SERVICES.lambda, mode: "aws", serverNow: now, requestId: "seed" });
    assert.equal(res.body, '{"message":"m"}');
  });
  it("renders DynamoDB Local's errors in dynamodb-local mode", () => {
    const res = renderResponse(verdict({ outcome: "UnrecognizedClientException" }), { service: SERVICES.dynamodb, mode: "dynamodb-local", serverNow: now, requestId: "seed" });
    assert.match(res.body, /com\.amazonaws\.dynamodb\.v20120810#UnrecognizedClientException/);
  });
  it("renders a success for an ok verdict", () => {
    const res = renderResponse(verdict({ outcome: "ok", status: 200, failedCheck: null }), {
      service: SERVICES.lambda, mode: "aws", serverNow: now, requestId: "seed", operation: "ListFunctions",
    });
    assert.equal(res.status, 200);
    assert.equal(res.body, '{"Functions":[]}');
  });
  it("gives every protocol a Date header from the server clock", () => {
    for (const id of ["dynamodb", "sts", "iam", "s3", "lambda", "kinesis", "kms", "sqs", "ec2"] as const) {
      const res = renderResponse(verdict({}), { service: SERVICES[id], mode: "aws", serverNow: now, requestId: "s" });
      assert.equal(header(res, "Date"), "Tue, 02 Jan 2024 03:04:05 GMT", id);
    }
  });
});
