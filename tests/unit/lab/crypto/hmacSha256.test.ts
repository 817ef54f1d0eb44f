import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { hmacSha256 } from "../../../../src/lab/crypto/hmacSha256.ts";
import { toHex } from "../../../../src/lab/crypto/toHex.ts";

describe("hmacSha256", () => {
  it("matches RFC 4231 test case 2 with a string key", () => {
    assert.equal(
      toHex(hmacSha256("Jefe", "what do ya want for nothing?")),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
  it("accepts raw key bytes and agrees with node:crypto", () => {
    const key = new Uint8Array(64).map((_, i) => (i * 37) & 255);
    const expected = createHmac("sha256", key).update("20150830").digest("hex");
    assert.equal(toHex(hmacSha256(key, "20150830")), expected);
  });
});
