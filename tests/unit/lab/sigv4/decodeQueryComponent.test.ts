import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { decodeQueryComponent } from "../../../../src/lab/sigv4/decodeQueryComponent.ts";

const text = (s: string) => new TextDecoder().decode(decodeQueryComponent(s));

describe("decodeQueryComponent", () => {
  it("reads + as a space and %2B as a plus", () => {
    assert.equal(text("a+b%2Bc"), "a b+c");
  });

  it("decodes UTF-8 percent escapes once", () => {
    assert.equal(text("%E1%88%B4%2520"), "ሴ%20");
  });

  it("keeps a stray % literal", () => {
    assert.equal(text("100%"), "100%");
  });
});
