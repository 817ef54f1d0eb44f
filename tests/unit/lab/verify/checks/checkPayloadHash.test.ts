import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, parse, signed, WORLD } from "../signedFixture.ts";

const PUT = "PUT /sigfix-bucket/hello.txt HTTP/1.1\nHost: s3.us-east-1.amazonaws.com\nContent-Type: text/plain\n\nhello";

describe("checkPayloadHash", () => {
  it("accepts a body that matches x-amz-content-sha256", async () => {
    const v = verifyRequest(await signed("s3", { request: parse(PUT) }), endpoint("s3"), WORLD);
    assert.equal(v.outcome, "ok");
  });

  it("answers a body changed after signing with XAmzContentSHA256Mismatch, confirmed by raw captures", async () => {
    const req = await signed("s3", { request: parse(PUT) });
    const v = verifyRequest({ ...req, body: new TextEncoder().encode("HELLO") }, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.confidence], ["XAmzContentSHA256Mismatch", 400, "The provided 'x-amz-content-sha256' header does not match what was computed.", "confirmed"]);
  });

  it("signs UNSIGNED-PAYLOAD literally and does not check the body", async () => {
    const req = parse("PUT /sigfix-bucket/hello.txt HTTP/1.1\nHost: s3.us-east-1.amazonaws.com\nx-amz-content-sha256: UNSIGNED-PAYLOAD\n\nhello");
    const signedReq = await signed("s3", { request: req });
    const v = verifyRequest({ ...signedReq, body: new TextEncoder().encode("anything") }, endpoint("s3"), WORLD);
    assert.equal(v.outcome, "ok");
    assert.match(v.server.canonicalRequest ?? "", /\nUNSIGNED-PAYLOAD$/);
  });
});
