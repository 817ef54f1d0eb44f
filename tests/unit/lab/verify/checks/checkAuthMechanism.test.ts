import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, signed, unsigned, WORLD, withHeader } from "../signedFixture.ts";

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
});
