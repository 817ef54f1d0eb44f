import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { percentDecode } from "../../../../src/lab/sigv4/percentDecode.ts";

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("percentDecode", () => {
  it("decodes %XX escapes in either case once", () => {
    assert.equal(text(percentDecode("a%20b%2fc%252F")), "a b/c%2F");
  });
  it("keeps `+` as a literal plus", () => {
    assert.equal(text(percentDecode("a+b")), "a+b");
  });
  it("keeps a `%` without two hex digits literal instead of throwing", () => {
    assert.equal(text(percentDecode("100%")), "100%");
    assert.equal(text(percentDecode("%zz%4")), "%zz%4");
  });
  it("yields the raw bytes of escapes that are not UTF-8", () => {
    assert.deepEqual(percentDecode("%FF"), new Uint8Array([0xff]));
  });
});
