import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCanonicalRequest } from "../../../../src/lab/sigv4/createCanonicalRequest.ts";

describe("createCanonicalRequest", () => {
  it("joins the six parts with newlines, leaving the blank line after the headers block", () => {
    const creq = createCanonicalRequest({
      method: "GET",
      canonicalPath: "/",
      canonicalQuery: "",
      canonicalHeaders: "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n",
      signedHeaders: "host;x-amz-date",
      payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
    assert.equal(
      creq,
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});
