import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, parse, signed, unsigned, WORLD, withHeader } from "../signedFixture.ts";

describe("checkAuthMechanism", () => {
  it("answers an unsigned STS request with MissingAuthenticationToken 403", () => {
    const v = verifyRequest(unsigned("sts"), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.failedCheck], ["MissingAuthenticationToken", 403, "Request is missing Authentication Token", "authSyntax"]);
    assert.equal(v.catalogueId, "query.MissingAuthenticationToken");
  });

  it("answers an unsigned DynamoDB request with MissingAuthenticationTokenException 400", () => {
    const v = verifyRequest(unsigned("dynamodb"), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["MissingAuthenticationTokenException", 400, "Request is missing Authentication Token"]);
  });

  it("treats a DynamoDB Authorization header not starting with AWS4- as missing (dynalite)", () => {
    const v = verifyRequest(withHeader(unsigned("dynamodb"), "Authorization", "Bearer eyJhbGciOi"), endpoint("dynamodb"), WORLD);
    assert.equal(v.outcome, "MissingAuthenticationTokenException");
  });

  it("rejects a request carrying both header and query auth", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest({ ...req, target: "/?X-Amz-Algorithm=AWS4-HMAC-SHA256" }, endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidSignatureException", 400, "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header."]);
    assert.equal(v.confidence, "uncertain");
  });

  it("answers an unsigned S3 request as anonymous: AccessDenied", () => {
    const v = verifyRequest(unsigned("s3"), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AccessDenied", 403, "Access Denied"]);
  });

  it("answers a SigV2 presigned S3 URL (AWS CLI v1's default) with S3's not-supported message", () => {
    const req = parse("GET /sigfix-example/hello.txt?AWSAccessKeyId=AKIDEXAMPLE&Signature=VUYOqpAWvl6Ob5HbouQOWBDW9c0%3D&Expires=1795679377 HTTP/1.1\nHost: sigfix-example.s3.amazonaws.com\n\n");
    const v = verifyRequest(req, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidRequest", 400, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."]);
  });

  it("answers part of a SigV2 presigned S3 URL with the catalogue's missing-parameters text", () => {
    const req = parse("GET /sigfix-example/hello.txt?Signature=x&Expires=1 HTTP/1.1\nHost: sigfix-example.s3.amazonaws.com\n\n");
    const v = verifyRequest(req, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AccessDenied", 403, "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters"]);
  });
});
