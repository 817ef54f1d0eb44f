import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createRequestId } from "../../../../src/lab/render/createRequestId.ts";

describe("createRequestId", () => {
  it("gives DynamoDB's 52 uppercase alphanumerics", () => {
    assert.match(createRequestId("seed", "dynamodb"), /^[A-Z0-9]{52}$/);
  });
  it("gives a lowercase version-4 UUID", () => {
    assert.match(createRequestId("seed", "uuid"), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it("gives S3's 16 uppercase hex digits", () => {
    assert.match(createRequestId("seed", "s3"), /^[0-9A-F]{16}$/);
  });
  it("gives a 76-character base64 host id", () => {
    assert.match(createRequestId("seed", "s3HostId"), /^[A-Za-z0-9+/]{76}$/);
  });
  it("is the same for the same seed and differs for another seed", () => {
    assert.equal(createRequestId("a", "uuid"), createRequestId("a", "uuid"));
    assert.notEqual(createRequestId("a", "uuid"), createRequestId("b", "uuid"));
  });
});
