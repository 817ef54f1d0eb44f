import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { crc32 } from "node:zlib";
import { getCrc32 } from "../../../../src/lab/render/getCrc32.ts";

describe("getCrc32", () => {
  it("gives the standard check value for 123456789", () => {
    assert.equal(getCrc32("123456789"), 0xcbf43926);
  });
  it("gives 0 for no bytes", () => {
    assert.equal(getCrc32(new Uint8Array()), 0);
  });
  it("agrees with zlib's crc32 on a DynamoDB error body, as an unsigned integer", () => {
    const body = '{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}';
    assert.equal(getCrc32(body), crc32(body));
  });
  it("hashes a string as its UTF-8 bytes", () => {
    assert.equal(getCrc32("é"), crc32(Buffer.from("é", "utf8")));
  });
});
