import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { AKID, DOCS_KEY, endpoint, header, signed, WORLD, withHeader } from "../signedFixture.ts";

const WRONG_SECRET = { ...AKID, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYWRONGKEY" };
const BASE = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

describe("checkSignature", () => {
  it("answers a wrong secret on STS with SignatureDoesNotMatch 403", async () => {
    const v = verifyRequest(await signed("sts", { credentials: WRONG_SECRET }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["SignatureDoesNotMatch", 403, BASE, "signature"]);
  });

  it("answers DynamoDB with InvalidSignatureException 400", async () => {
    const v = verifyRequest(await signed("dynamodb", { credentials: WRONG_SECRET }), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidSignatureException", 400, BASE]);
  });

  it("appends the canonical request and string to sign for SQS on the query protocol", async () => {
    const v = verifyRequest(await signed("sqs-query", { credentials: WRONG_SECRET }), endpoint("sqs-query"), WORLD);
    assert.equal(v.message, `${BASE}\n\nThe Canonical String for this request should have been\n'${v.server.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${v.server.stringToSign}'\n`);
    assert.match(v.server.stringToSign ?? "", /^AWS4-HMAC-SHA256\n20260115T120000Z\n20260115\/us-east-1\/sqs\/aws4_request\n[0-9a-f]{64}$/);
  });

  it("catches a header changed after signing", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(withHeader(req, "X-Amz-Target", "DynamoDB_20120810.DescribeLimits"), endpoint("dynamodb"), WORLD);
    assert.equal(v.outcome, "InvalidSignatureException");
  });

  it("catches a body changed after signing on a service that hashes the body itself", async () => {
    const req = await signed("sts");
    const v = verifyRequest({ ...req, body: new TextEncoder().encode("Action=GetCallerIdentity&Version=2011-06-16") }, endpoint("sts"), WORLD);
    assert.equal(v.outcome, "SignatureDoesNotMatch");
  });

  it("gives S3's six extra elements in AWS's order", async () => {
    const req = await signed("s3", { credentials: { ...DOCS_KEY, secretAccessKey: "wrong" } });
    const v = verifyRequest(req, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature you provided. Check your key and signing method."]);
    assert.deepEqual(v.extras.map(([k]) => k), ["AWSAccessKeyId", "StringToSign", "SignatureProvided", "StringToSignBytes", "CanonicalRequest", "CanonicalRequestBytes"]);
    assert.equal(v.extras[0]![1], "AKIAIOSFODNN7EXAMPLE");
    assert.equal(v.extras[2]![1], /Signature=(\w+)/.exec(header(req, "Authorization"))![1]);
    assert.equal(v.extras[3]![1].slice(0, 23), "41 57 53 34 2d 48 4d 41");
  });

  it("says when a signed header is absent from the request", async () => {
    const req = await signed("sts");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace("SignedHeaders=", "SignedHeaders=accept;")), endpoint("sts"), WORLD);
    assert.equal(v.outcome, "SignatureDoesNotMatch");
    assert.match(v.explanation.summary, /`accept`, absent from the request/);
  });

  it("reproduces the S3 documentation's GET example signature", async () => {
    const { parse } = await import("../signedFixture.ts");
    const req = parse("GET /test.txt HTTP/1.1\nHost:examplebucket.s3.amazonaws.com\nRange:bytes=0-9\nx-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-amz-date:20130524T000000Z\nAuthorization:AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41\n\n");
    const { createDefaultWorld } = await import("../../../../../src/lab/world/defaultWorld.ts");
    const v = verifyRequest(req, endpoint("s3"), createDefaultWorld(new Date("2013-05-24T00:00:00Z")));
    assert.equal(v.outcome, "ok");
    assert.equal(v.server.signature, "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });
});
