import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createStringToSign } from "../../../../src/lab/sigv4/createStringToSign.ts";

describe("createStringToSign", () => {
  it("reproduces aws-c-auth get-vanilla's string to sign", () => {
    const creq = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assert.equal(
      createStringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", creq),
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
    );
  });
});
