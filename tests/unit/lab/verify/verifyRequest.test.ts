import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../src/lab/verify/verifyRequest.ts";
import { createDefaultWorld } from "../../../../src/lab/world/defaultWorld.ts";
import { sharedPath } from "../../../support/sharedDir.ts";
import { AKID, endpoint, EXPIRED_TEMP, header, parse, signed, unsigned, WORLD, withHeader } from "./signedFixture.ts";

const UNKNOWN = { accessKeyId: "AKIANOSUCHKEYEXAMPLE", secretAccessKey: "x" };
const WRONG_SECRET = { ...AKID, secretAccessKey: "wrong" };

describe("verifyRequest", () => {
  it("accepts a request signed by the SDK and shows the server's computation", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(req, endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck, v.catalogueId], ["ok", 200, "", null, null]);
    assert.equal(v.server.signature, /Signature=(\w+)/.exec(header(req, "Authorization"))![1]);
    assert.equal(v.server.credentialScope, "20260115/us-east-1/dynamodb/aws4_request");
    assert.ok(v.server.signingKeyChain?.kSigning.match(/^[0-9a-f]{64}$/));
    assert.ok(v.checks.every((c) => c.passed));
  });

  it("accepts the SigV4 suite's get-vanilla at its timestamp, with its canonical request and signature", () => {
    const dir = sharedPath("conformance", "sigv4", "aws4_testsuite", "get-vanilla");
    const req = parse(readFileSync(`${dir}/get-vanilla.sreq`, "utf8"));
    const v = verifyRequest(req, endpoint("sts", { signingName: "service" }), createDefaultWorld(new Date("2015-08-30T12:36:00Z")));
    assert.equal(v.outcome, "ok");
    assert.equal(v.server.canonicalRequest, readFileSync(`${dir}/get-vanilla.creq`, "utf8"));
    assert.equal(v.server.stringToSign, readFileSync(`${dir}/get-vanilla.sts`, "utf8"));
    assert.equal(v.server.signature, "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  });

  it("reports the clock before an unknown key (STS and DynamoDB)", async () => {
    const sts = verifyRequest(await signed("sts", { credentials: UNKNOWN, skew: -3600 }), endpoint("sts"), WORLD);
    assert.equal(sts.message, "Signature expired: 20260115T110000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)");
    const ddb = verifyRequest(await signed("dynamodb", { credentials: UNKNOWN, skew: 3600 }), endpoint("dynamodb"), WORLD);
    assert.equal(ddb.failedCheck, "clockSkew");
  });

  it("reports an unknown key rather than a wrong signature", async () => {
    const req = await signed("sts", { credentials: UNKNOWN });
    const tampered = withHeader(req, "Authorization", header(req, "Authorization").replace(/Signature=\w+/, "Signature=0000"));
    const v = verifyRequest(tampered, endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["InvalidClientTokenId", "The security token included in the request is invalid."]);
  });

  it("reports the scope before the key", async () => {
    const v = verifyRequest(await signed("sts", { credentials: UNKNOWN, region: "eu-west-1" }), endpoint("sts"), WORLD);
    assert.equal(v.message, "Credential should be scoped to a valid region, not 'eu-west-1'. ");
  });

  it("checks an expired token before the signature on STS (scratchstack) and after it on DynamoDB (dynalite)", async () => {
    const creds = { ...EXPIRED_TEMP, secretAccessKey: "wrong" };
    const sts = verifyRequest(await signed("sts", { credentials: creds }), endpoint("sts"), WORLD);
    assert.equal(sts.outcome, "ExpiredToken");
    const ddb = verifyRequest(await signed("dynamodb", { credentials: creds }), endpoint("dynamodb"), WORLD);
    assert.equal(ddb.outcome, "InvalidSignatureException");
  });

  it("checks Host-signed before the date on STS and after the clock on DynamoDB", async () => {
    const unsignHost = async (s: "sts" | "dynamodb") => {
      const req = await signed(s, { skew: -3600 });
      return withHeader(req, "Authorization", header(req, "Authorization").replace("host;", ""));
    };
    assert.equal(verifyRequest(await unsignHost("sts"), endpoint("sts"), WORLD).message, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    assert.equal(verifyRequest(await unsignHost("dynamodb"), endpoint("dynamodb"), WORLD).failedCheck, "clockSkew");
  });

  it("runs DynamoDB's protocol pre-checks before authentication", () => {
    const req = withHeader(unsigned("dynamodb"), "X-Amz-Target", "Nope.ListTables");
    assert.equal(verifyRequest(req, endpoint("dynamodb"), WORLD).outcome, "UnknownOperationException");
  });

  it("reports S3's unsigned headers before a wrong signature", async () => {
    const req = withHeader(await signed("s3", { credentials: WRONG_SECRET }), "x-amz-acl", "private");
    assert.equal(verifyRequest(req, endpoint("s3"), WORLD).message, "There were headers present in the request which were not signed");
  });

  it("lists every check it ran, stopping at the failing one", async () => {
    const v = verifyRequest(await signed("sts", { credentials: WRONG_SECRET }), endpoint("sts"), WORLD);
    assert.deepEqual(v.checks.map((c) => [c.check, c.passed]), [
      ["authSyntax", true], ["authSyntax", true], ["authSyntax", true], ["authSyntax", true],
      ["date", true], ["clockSkew", true], ["credentialScope", true], ["credentialScope", true],
      ["sessionToken", true], ["accessKey", true], ["signature", false],
    ]);
  });

  it("explains a failure in plain words, with the fix and the model followed", async () => {
    const v = verifyRequest(await signed("sts", { credentials: UNKNOWN }), endpoint("sts"), WORLD);
    assert.match(v.explanation.summary, /AKIANOSUCHKEYEXAMPLE/);
    assert.ok(v.explanation.fix.length > 0);
    assert.match(v.explanation.model ?? "", /scratchstack/);
    assert.equal(v.confidence, "confirmed");
  });

  it("never throws on a request that is not SigV4 at all", () => {
    const req = parse("GET /?X-Amz-Algorithm=&X-Amz-Credential=%ZZ HTTP/1.1\nAuthorization: \n\n");
    assert.equal(typeof verifyRequest(req, endpoint("s3"), WORLD).outcome, "string");
    assert.equal(typeof verifyRequest(parse("DELETE // HTTP/1.1\n\n"), endpoint("lambda"), WORLD).outcome, "string");
  });
});
