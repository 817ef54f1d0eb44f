import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, signed, WORLD, withHeader } from "../signedFixture.ts";

describe("checkHeadersNotSigned", () => {
  it("answers S3 with AccessDenied naming the unsigned x-amz-* headers, before the signature", async () => {
    const req = withHeader(withHeader(await signed("s3"), "x-amz-meta-owner", "me"), "X-Amz-Server-Side-Encryption", "AES256");
    const v = verifyRequest(req, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["AccessDenied", 403, "There were headers present in the request which were not signed", "signature"]);
    assert.deepEqual(v.extras, [["HeadersNotSigned", "x-amz-meta-owner, x-amz-server-side-encryption"]]);
  });

  it("does not apply outside S3", async () => {
    const v = verifyRequest(withHeader(await signed("sts"), "x-amz-meta-owner", "me"), endpoint("sts"), WORLD);
    assert.equal(v.outcome, "ok");
  });
});
