import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { uriEncode } from "../../../../src/lab/sigv4/uriEncode.ts";

describe("uriEncode", () => {
  it("leaves only unreserved characters literal", () => {
    assert.equal(uriEncode("AZaz09-._~"), "AZaz09-._~");
  });
  it("encodes reserved characters, `+`, space, `*`, `!`, `'`, `(`, `)` and `/` with uppercase hex", () => {
    assert.equal(uriEncode("+ */!'()=&%$"), "%2B%20%2A%2F%21%27%28%29%3D%26%25%24");
  });
  it("encodes UTF-8 text byte by byte", () => {
    assert.equal(uriEncode("ሴ"), "%E1%88%B4");
  });
  it("encodes raw bytes that are not valid UTF-8", () => {
    assert.equal(uriEncode(new Uint8Array([0xff, 0x41])), "%FFA");
  });
});
