import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toHex } from "../../../../src/lab/crypto/toHex.ts";

describe("toHex", () => {
  it("writes each byte as two lowercase hex digits, keeping leading zeros", () => {
    assert.equal(toHex(new Uint8Array([0, 1, 15, 16, 171, 255])), "00010f10abff");
  });
  it("returns an empty string for no bytes", () => {
    assert.equal(toHex(new Uint8Array(0)), "");
  });
});
