import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, header, signed, WORLD, withHeader } from "../signedFixture.ts";

const misspell = (auth: string) => auth.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA25");

describe("checkAlgorithm", () => {
  it("words an unsupported algorithm as scratchstack does for STS", async () => {
    const req = await signed("sts");
    const v = verifyRequest(withHeader(req, "Authorization", misspell(header(req, "Authorization"))), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["IncompleteSignature", 400, "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25'."]);
  });

  it("words it as dynalite does for DynamoDB, with the trailing space", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(withHeader(req, "Authorization", misspell(header(req, "Authorization"))), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["IncompleteSignatureException", "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). "]);
  });

  it("answers S3 SigV2 with InvalidRequest", async () => {
    const req = await signed("s3");
    const v = verifyRequest(withHeader(req, "Authorization", "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg="), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidRequest", 400, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."]);
  });
});
