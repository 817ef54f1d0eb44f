import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { parseWorld } from "../../../../../src/lab/world/parseWorld.ts";
import { AKID, endpoint, EXPIRED_TEMP, SERVER_NOW, signed, VALID_TEMP, WORLD } from "../signedFixture.ts";

describe("checkSessionToken", () => {
  it("accepts valid temporary credentials", async () => {
    assert.equal(verifyRequest(await signed("sts", { credentials: VALID_TEMP }), endpoint("sts"), WORLD).outcome, "ok");
  });

  it("answers a garbled token with InvalidClientTokenId without the period", async () => {
    const v = verifyRequest(await signed("sts", { credentials: { ...VALID_TEMP, sessionToken: "sigfix-valid-session-tok" } }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["InvalidClientTokenId", 403, "The security token included in the request is invalid", "sessionToken"]);
  });

  it("answers a stale token beside long-term keys the same way", async () => {
    const v = verifyRequest(await signed("dynamodb", { credentials: { ...AKID, sessionToken: VALID_TEMP.sessionToken! } }), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["UnrecognizedClientException", 400, "The security token included in the request is invalid"]);
  });

  it("answers an expired token with ExpiredToken on STS and ExpiredTokenException on DynamoDB", async () => {
    const sts = verifyRequest(await signed("sts", { credentials: EXPIRED_TEMP }), endpoint("sts"), WORLD);
    assert.deepEqual([sts.outcome, sts.status, sts.message], ["ExpiredToken", 403, "The security token included in the request is expired"]);
    const ddb = verifyRequest(await signed("dynamodb", { credentials: EXPIRED_TEMP }), endpoint("dynamodb"), WORLD);
    assert.deepEqual([ddb.outcome, ddb.status, ddb.message], ["ExpiredTokenException", 400, "The security token included in the request is expired"]);
  });

  it("answers S3's expired token with the token in Token-0", async () => {
    const v = verifyRequest(await signed("s3", { credentials: EXPIRED_TEMP }), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["ExpiredToken", 400, "The provided token has expired."]);
    assert.deepEqual(v.extras, [["Token-0", "sigfix-expired-session-token-EXAMPLE"]]);
  });

  it("answers S3's garbled token with InvalidToken", async () => {
    const v = verifyRequest(await signed("s3", { credentials: { ...VALID_TEMP, sessionToken: "garbage" } }), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidToken", 400, "The provided token is malformed or otherwise invalid."]);
  });

  it("kills a presigned URL when the session that signed it has ended", async () => {
    const v = verifyRequest(await signed("s3", { credentials: EXPIRED_TEMP, mode: "query", expiresIn: 604800 }), endpoint("s3"), WORLD);
    assert.equal(v.outcome, "ExpiredToken");
  });

  it("rejects a version-1 token in an opt-in region only", async () => {
    const r = parseWorld({ identities: [{ accessKeyId: "ASIASIGFIXVERSION001", secretAccessKey: "s1", sessionToken: "v1-token", tokenVersion: 1, expiresAt: "2099-01-01T00:00:00Z" }] }, SERVER_NOW);
    assert.ok(r.ok);
    const creds = { accessKeyId: "ASIASIGFIXVERSION001", secretAccessKey: "s1", sessionToken: "v1-token" };
    const optIn = verifyRequest(await signed("sts", { credentials: creds, region: "af-south-1" }), endpoint("sts", { region: "af-south-1" }), r.world);
    assert.deepEqual([optIn.outcome, optIn.message], ["InvalidClientTokenId", "The security token included in the request is invalid"]);
    assert.equal(verifyRequest(await signed("sts", { credentials: creds }), endpoint("sts"), r.world).outcome, "ok");
  });

  it("rejects GetSessionToken credentials without MFA calling IAM", async () => {
    const r = parseWorld({ identities: [{ accessKeyId: "ASIASIGFIXNOMFA00001", secretAccessKey: "s2", sessionToken: "no-mfa", mfaAuthenticated: false, expiresAt: "2099-01-01T00:00:00Z" }] }, SERVER_NOW);
    assert.ok(r.ok);
    const creds = { accessKeyId: "ASIASIGFIXNOMFA00001", secretAccessKey: "s2", sessionToken: "no-mfa" };
    assert.equal(verifyRequest(await signed("iam", { credentials: creds }), endpoint("iam"), r.world).message, "The security token included in the request is invalid");
    assert.equal(verifyRequest(await signed("sts", { credentials: creds }), endpoint("sts"), r.world).outcome, "ok");
  });
});
