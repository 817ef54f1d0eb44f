import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, INACTIVE, signed, VALID_TEMP, WORLD } from "../signedFixture.ts";

const UNKNOWN = { accessKeyId: "AKIANOSUCHKEYEXAMPLE", secretAccessKey: "x" };

describe("checkAccessKey", () => {
  it("answers an unknown key on STS with InvalidClientTokenId, with the period", async () => {
    const v = verifyRequest(await signed("sts", { credentials: UNKNOWN }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck, v.catalogueId], ["InvalidClientTokenId", 403, "The security token included in the request is invalid.", "accessKey", "query.InvalidClientTokenId.unknown-key"]);
  });

  it("answers a deactivated key exactly like an unknown one", async () => {
    const v = verifyRequest(await signed("dynamodb", { credentials: INACTIVE }), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["UnrecognizedClientException", 400, "The security token included in the request is invalid."]);
  });

  it("answers S3 with InvalidAccessKeyId and the key in AWSAccessKeyId", async () => {
    const v = verifyRequest(await signed("s3", { credentials: UNKNOWN }), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidAccessKeyId", 403, "The AWS Access Key Id you provided does not exist in our records."]);
    assert.deepEqual(v.extras, [["AWSAccessKeyId", "AKIANOSUCHKEYEXAMPLE"]]);
  });

  it("answers EC2 with AuthFailure 401", async () => {
    const v = verifyRequest(await signed("ec2", { credentials: UNKNOWN }), endpoint("ec2"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AuthFailure", 401, "AWS was not able to validate the provided access credentials"]);
  });

  it("treats an ASIA key sent without its token as unknown, and says the period is uncertain", async () => {
    const { sessionToken: _dropped, ...noToken } = VALID_TEMP;
    const v = verifyRequest(await signed("sts", { credentials: noToken }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["InvalidClientTokenId", "The security token included in the request is invalid."]);
    assert.match(v.explanation.model ?? "", /uncertain/);
  });
});

describe("checkAccessKey on S3", () => {
  it("sees a space pasted after `Credential=` as part of the key", async () => {
    const { header, withHeader } = await import("../signedFixture.ts");
    const req = await signed("s3");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace("Credential=", "Credential= ")), endpoint("s3"), WORLD);
    assert.equal(v.outcome, "InvalidAccessKeyId");
    assert.deepEqual(v.extras, [["AWSAccessKeyId", " AKIDEXAMPLE"]]);
    assert.match(v.explanation.summary, /whitespace/);
  });
});
