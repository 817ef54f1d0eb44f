import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, parse, signed, unsigned, WORLD, withHeader } from "../signedFixture.ts";

describe("checkProtocolPrechecks", () => {
  it("answers a non-POST DynamoDB request with 404 UnknownOperationException before any auth", () => {
    const v = verifyRequest(parse("GET / HTTP/1.1\nHost: dynamodb.us-east-1.amazonaws.com\n\n"), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["UnknownOperationException", 404, "", "protocol"]);
  });

  it("answers a body that is not JSON with SerializationException and no message", () => {
    const req = { ...unsigned("dynamodb"), body: new TextEncoder().encode("{not json") };
    const v = verifyRequest(req, endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["SerializationException", 400, ""]);
  });

  it("answers an unknown X-Amz-Target with UnknownOperationException 400 even on an unsigned request", () => {
    const v = verifyRequest(withHeader(unsigned("dynamodb"), "X-Amz-Target", "DynamoDB_20120810.ListTablez"), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["UnknownOperationException", 400, ""]);
  });

  it("answers a missing X-Amz-Target on a JSON 1.1 service the same way", () => {
    const req = { ...unsigned("kinesis"), headers: unsigned("kinesis").headers.filter((h) => h.name !== "X-Amz-Target") };
    assert.equal(verifyRequest(req, endpoint("kinesis"), WORLD).outcome, "UnknownOperationException");
  });

  it("does not apply to query-protocol services", async () => {
    const v = verifyRequest(await signed("sts"), endpoint("sts"), WORLD);
    assert.equal(v.checks.some((c) => c.check === "protocol"), false);
  });
});
