import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseJsonErrorBody } from "../../../src/diagnose/parseJsonErrorBody.ts";

describe("parseJsonErrorBody", () => {
  it("reads DynamoDB's body from guregu/dynamo#68 with its status line", () => {
    const text = 'HTTP/1.1 400 Bad Request\nContent-Type: application/x-amz-json-1.0\n\n{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}';
    assert.deepEqual(parseJsonErrorBody(text), {
      format: "json",
      code: "ExpiredTokenException",
      message: "The security token included in the request is expired",
      status: 400,
    });
  });

  it("prefers x-amzn-ErrorType over the body, keeping the text before the colon", () => {
    const text =
      "HTTP/1.1 403 Forbidden\nx-amzn-RequestId: 1b4f7d0e-0000-4000-8000-000000000000\nx-amzn-ErrorType: UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/\n\n" +
      '{"message":"The security token included in the request is invalid."}';
    assert.deepEqual(parseJsonErrorBody(text), {
      format: "rest-json",
      code: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
      status: 403,
      requestId: "1b4f7d0e-0000-4000-8000-000000000000",
    });
  });

  it("reads __type from a JS console dump that is not JSON", () => {
    const text = "{\n  '$fault': 'client',\n  __type: 'com.amazon.coral.service#UnrecognizedClientException'\n}";
    assert.equal(parseJsonErrorBody(text)?.code, "UnrecognizedClientException");
  });

  it("returns null for text without an error object", () => {
    assert.equal(parseJsonErrorBody("no braces here"), null);
    assert.equal(parseJsonErrorBody("{ not json, no type }"), null);
  });
});
