import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, header, parse, signed, unsigned, WORLD, withHeader, withoutHeader } from "../signedFixture.ts";

describe("checkAuthSyntax", () => {
  it("reproduces dynalite's captured missing-SignedHeaders message, header as received", () => {
    const req = withHeader(withHeader(unsigned("dynamodb"), "X-Amz-Date", "20260115T120000Z"), "Authorization", "AWS4- Signature=b Credential=a");
    const v = verifyRequest(req, endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["IncompleteSignatureException", 400, "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4- Signature=b Credential=a"]);
  });

  it("joins every missing sentence in AWS's order, date last", () => {
    const v = verifyRequest(withHeader(unsigned("sts"), "Authorization", "AWS4-HMAC-SHA256"), endpoint("sts"), WORLD);
    assert.equal(v.message, "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256");
  });

  it("names the part that is not key=value when whitespace was pasted into the key", async () => {
    const req = await signed("sts");
    const pasted = header(req, "Authorization").replace("Credential=", "Credential= ");
    const v = verifyRequest(withHeader(req, "Authorization", pasted), endpoint("sts"), WORLD);
    assert.equal(v.outcome, "IncompleteSignature");
    assert.equal(v.message, `'AKIDEXAMPLE/20260115/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '${pasted}'.`);
  });

  it("lists missing presign parameters, then asks to re-examine them", () => {
    const req = parse("POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256 HTTP/1.1\nHost: dynamodb.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.0\nX-Amz-Target: DynamoDB_20120810.ListTables\n\n{}");
    const v = verifyRequest(req, endpoint("dynamodb"), WORLD);
    assert.equal(v.message, "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string parameters.");
  });

  it("answers an S3 header without Signature with the three-components message", async () => {
    const req = await signed("s3");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace(/, Signature=\w+/, "")), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AuthorizationHeaderMalformed", 400, "The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature."]);
  });

  it("requires x-amz-content-sha256 on S3 header-signed requests", async () => {
    const req = await signed("s3");
    const auth = header(req, "Authorization").replace(";x-amz-content-sha256", "");
    const v = verifyRequest(withHeader(withoutHeader(req, "x-amz-content-sha256"), "Authorization", auth), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["InvalidRequest", "Missing required header for this request: x-amz-content-sha256"]);
  });

  it("rejects an S3 presigned URL valid for more than 604800 seconds", async () => {
    const req = await signed("s3", { mode: "query", expiresIn: 3600 });
    const v = verifyRequest({ ...req, target: req.target.replace("X-Amz-Expires=3600", "X-Amz-Expires=604801") }, endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AuthorizationQueryParametersError", 400, "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds"]);
  });

  it("asks S3 presigned URLs for all six parameters", async () => {
    const req = await signed("s3", { mode: "query" });
    const v = verifyRequest({ ...req, target: req.target.replace(/&X-Amz-Expires=\d+/, "") }, endpoint("s3"), WORLD);
    assert.equal(v.message, "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
  });
});
