import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, header, signed, WORLD, withHeader } from "../signedFixture.ts";

describe("checkHostSigned", () => {
  it("requires host among the signed headers", async () => {
    const req = await signed("sts");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace("SignedHeaders=content-type;host;", "SignedHeaders=content-type;")), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["SignatureDoesNotMatch", 403, "'Host' must be a 'SignedHeader' in the AWS Authorization."]);
    assert.equal(v.catalogueId, "host-not-signed");
  });

  it("passes a signed host whatever its case", async () => {
    const req = await signed("sts");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace(";host;", ";Host;")), endpoint("sts"), WORLD);
    assert.equal(v.checks.find((c) => c.detail === "`host` is signed.")?.passed, true);
  });
});
