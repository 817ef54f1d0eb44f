import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as c from "../../../src/lab/constants.ts";

describe("constants", () => {
  it("spells header names as the lowercase query names", () => {
    assert.equal(c.AMZ_DATE_HEADER, "x-amz-date");
    assert.equal(c.TOKEN_HEADER, "x-amz-security-token");
    assert.equal(c.SHA256_HEADER, "x-amz-content-sha256");
  });
  it("caps presigned URLs at seven days in seconds", () => {
    assert.equal(c.MAX_PRESIGNED_TTL, 604800);
  });
  it("names the algorithm and the scope terminator as AWS does", () => {
    assert.equal(c.ALGORITHM, "AWS4-HMAC-SHA256");
    assert.equal(c.KEY_TYPE_IDENTIFIER, "aws4_request");
    assert.equal(c.UNSIGNED_PAYLOAD, "UNSIGNED-PAYLOAD");
  });
});
