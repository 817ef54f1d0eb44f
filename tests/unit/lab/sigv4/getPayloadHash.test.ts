import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getPayloadHash } from "../../../../src/lab/sigv4/getPayloadHash.ts";

const body = (s: string) => new TextEncoder().encode(s);

describe("getPayloadHash", () => {
  it("hashes the body when no x-amz-content-sha256 header is present", () => {
    assert.equal(getPayloadHash({ headers: [], body: body("") }), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.equal(getPayloadHash({ headers: [], body: body("Param1=value1") }), "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
  });
  it("takes x-amz-content-sha256 literally, even when it does not match the body", () => {
    const headers = [{ name: "X-Amz-Content-Sha256", value: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" }];
    assert.equal(getPayloadHash({ headers, body: body("x") }), "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
    const wrong = [{ name: "x-amz-content-sha256", value: "0000" }];
    assert.equal(getPayloadHash({ headers: wrong, body: body("") }), "0000");
  });
  it("returns UNSIGNED-PAYLOAD when asked", () => {
    assert.equal(getPayloadHash({ headers: [], body: body("x") }, { unsignedPayload: true }), "UNSIGNED-PAYLOAD");
  });
});
