import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, signed, WORLD, withHeader } from "../signedFixture.ts";

describe("checkDate", () => {
  it("rejects an extended ISO-8601 X-Amz-Date, quoting it", async () => {
    const v = verifyRequest(withHeader(await signed("dynamodb"), "X-Amz-Date", "2026-01-15T12:00:00Z"), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.failedCheck], ["IncompleteSignatureException", 400, "date"]);
    assert.equal(v.message, "Date must be in ISO-8601 'basic format'. Got '2026-01-15T12:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601");
  });

  it("answers S3 with AccessDenied for a date it cannot read", async () => {
    const v = verifyRequest(withHeader(await signed("s3"), "X-Amz-Date", "yesterday"), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AccessDenied", 403, "AWS authentication requires a valid Date or x-amz-date header"]);
  });

  it("answers an S3 presigned URL's bad X-Amz-Date with AuthorizationQueryParametersError", async () => {
    const req = await signed("s3", { mode: "query" });
    const v = verifyRequest({ ...req, target: req.target.replace("X-Amz-Date=20260115T120000Z", "X-Amz-Date=20260115") }, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["AuthorizationQueryParametersError", "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""]);
  });
});
