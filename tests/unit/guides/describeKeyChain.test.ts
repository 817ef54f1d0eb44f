import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeKeyChain } from "../../../src/guides/describeKeyChain.ts";

describe("describeKeyChain", () => {
  it("writes one HMAC per line with the scope's own parts", () => {
    const text = describeKeyChain({
      credentialScope: "20150830/us-east-1/service/aws4_request",
      signingKeyChain: { kDate: "aa", kRegion: "bb", kService: "cc", kSigning: "dd" },
      signature: "ee",
    });
    assert.equal(
      text,
      [
        'kDate    = HMAC("AWS4" + secret, "20150830")  = aa',
        'kRegion  = HMAC(kDate, "us-east-1")          = bb',
        'kService = HMAC(kRegion, "service")       = cc',
        'kSigning = HMAC(kService, "aws4_request")   = dd',
        "signature = hex(HMAC(kSigning, string to sign)) = ee",
      ].join("\n"),
    );
  });
});
