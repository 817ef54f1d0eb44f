import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { createDefaultWorld } from "../../../../../src/lab/world/defaultWorld.ts";
import { DOCS_KEY, endpoint, signed, WORLD } from "../signedFixture.ts";

describe("checkPresignExpiry", () => {
  it("accepts a presigned URL within its lifetime", async () => {
    assert.equal(verifyRequest(await signed("s3", { mode: "query", expiresIn: 60, credentials: DOCS_KEY }), endpoint("s3"), WORLD).outcome, "ok");
  });

  it("answers an expired presigned URL with AccessDenied and its three times", async () => {
    const req = await signed("s3", { mode: "query", expiresIn: 60, credentials: DOCS_KEY });
    const v = verifyRequest(req, endpoint("s3"), createDefaultWorld(new Date("2026-01-15T12:02:00Z")));
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["AccessDenied", 403, "Request has expired", "presignExpiry"]);
    assert.deepEqual(v.extras, [["X-Amz-Expires", "60"], ["Expires", "2026-01-15T12:01:00Z"], ["ServerTime", "2026-01-15T12:02:00Z"]]);
  });

  it("does not apply the clock-skew window to S3 presigned URLs", async () => {
    const req = await signed("s3", { mode: "query", expiresIn: 86400, credentials: DOCS_KEY });
    assert.equal(verifyRequest(req, endpoint("s3"), createDefaultWorld(new Date("2026-01-16T00:00:00Z"))).outcome, "ok");
  });
});
