import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getSigningKey } from "../../../../src/lab/sigv4/getSigningKey.ts";
import { toHex } from "../../../../src/lab/crypto/toHex.ts";

describe("getSigningKey", () => {
  it("reproduces the AWS documentation's key derivation example, link by link", () => {
    const { key, chain } = getSigningKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
    assert.deepEqual(chain, {
      kDate: "969fbb94feb542b71ede6f87fe4d5fa29c789342b0f407474670f0c2489e0a0d",
      kRegion: "69daa0209cd9c5ff5c8ced464a696fd4252e981430b10e3d3fd8e2f197d7a70c",
      kService: "f72cfd46f26bc4643f06a11eabb6c0ba18780c19a8da0c31ace671265e3c87fa",
      kSigning: "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
    });
    assert.equal(toHex(key), chain.kSigning);
  });
});
