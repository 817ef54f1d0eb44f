import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, signed, WORLD } from "../signedFixture.ts";

describe("checkClockSkew", () => {
  it("says STS's signature expired, with the server's clock and the 15-minute window", async () => {
    const v = verifyRequest(await signed("sts", { skew: -3600 }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.failedCheck], ["SignatureDoesNotMatch", 403, "clockSkew"]);
    assert.equal(v.message, "Signature expired: 20260115T110000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)");
  });

  it("says Lambda's signature is not yet current with its 5-minute window", async () => {
    const v = verifyRequest(await signed("lambda", { skew: 600 }), endpoint("lambda"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["InvalidSignatureException", "Signature not yet current: 20260115T121000Z is still later than 20260115T120500Z (20260115T120000Z + 5 min.)"]);
  });

  it("accepts a clock exactly at the edge of the window", async () => {
    assert.equal(verifyRequest(await signed("sts", { skew: -900 }), endpoint("sts"), WORLD).outcome, "ok");
    assert.equal(verifyRequest(await signed("kinesis", { skew: 300 }), endpoint("kinesis"), WORLD).outcome, "ok");
  });

  it("answers S3 with RequestTimeTooSkewed and its three extra elements", async () => {
    const v = verifyRequest(await signed("s3", { skew: 3600 }), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["RequestTimeTooSkewed", 403, "The difference between the request time and the current time is too large."]);
    assert.deepEqual(v.extras, [["RequestTime", "20260115T130000Z"], ["ServerTime", "2026-01-15T12:00:00Z"], ["MaxAllowedSkewMilliseconds", "900000"]]);
  });

  it("answers EC2 with RequestExpired", async () => {
    const v = verifyRequest(await signed("ec2", { skew: -3600 }), endpoint("ec2"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["RequestExpired", 400, "Request has expired."]);
  });
});
