import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sha256Hex } from "../../../../src/lab/crypto/sha256Hex.ts";

describe("sha256Hex", () => {
  it("hashes the empty string to the well-known empty-body hash", () => {
    assert.equal(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("hashes `abc` as FIPS 180-2 says", () => {
    assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("hashes a string as its UTF-8 bytes, the same as the bytes themselves", () => {
    assert.equal(sha256Hex("ሴ"), sha256Hex(new Uint8Array([0xe1, 0x88, 0xb4])));
    assert.equal(sha256Hex("Param1=value1"), "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
  });
});
