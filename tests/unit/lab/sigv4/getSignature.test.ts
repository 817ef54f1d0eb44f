import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { getSignature } from "../../../../src/lab/sigv4/getSignature.ts";

describe("getSignature", () => {
  it("reproduces aws-c-auth get-vanilla's signature from its string to sign", () => {
    const kDate = createHmac("sha256", "AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY").update("20150830").digest();
    const kRegion = createHmac("sha256", kDate).update("us-east-1").digest();
    const kService = createHmac("sha256", kRegion).update("service").digest();
    const kSigning = createHmac("sha256", kService).update("aws4_request").digest();
    const sts = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";
    assert.equal(getSignature(new Uint8Array(kSigning), sts), "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  });
});
