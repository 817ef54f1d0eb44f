import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getCanonicalQuery } from "../../../../src/lab/sigv4/getCanonicalQuery.ts";

describe("getCanonicalQuery", () => {
  it("returns an empty string for no query or an empty one", () => {
    assert.equal(getCanonicalQuery(null), "");
    assert.equal(getCanonicalQuery(""), "");
  });
  it("sorts by encoded key, case-sensitively (uppercase first)", () => {
    assert.equal(getCanonicalQuery("Param2=value2&Param1=value1"), "Param1=value1&Param2=value2");
    assert.equal(getCanonicalQuery("a=1&B=2"), "B=2&a=1");
  });
  it("sorts repeated keys by value", () => {
    assert.equal(getCanonicalQuery("Param1=value2&Param1=Value1"), "Param1=Value1&Param1=value2");
    assert.equal(getCanonicalQuery("Param1=value2&Param1=value1"), "Param1=value1&Param1=value2");
  });
  it("gives a key without `=` an empty value and keeps empty values", () => {
    assert.equal(getCanonicalQuery("Param1"), "Param1=");
    assert.equal(getCanonicalQuery("Param1="), "Param1=");
    assert.equal(getCanonicalQuery("lifecycle"), "lifecycle=");
  });
  it("reads a raw `+` as a space, as AWS's front doors do, and keeps an encoded plus", () => {
    assert.equal(getCanonicalQuery("q=a+b"), "q=a%20b");
    assert.equal(getCanonicalQuery("q=a%2Bb"), "q=a%2Bb");
  });
  it("decodes then re-encodes strictly", () => {
    assert.equal(getCanonicalQuery("k=a%20b&x=%7e%2a"), "k=a%20b&x=~%2A");
    assert.equal(getCanonicalQuery("-._~0-9A-Za-z=-._~0-9A-Za-z"), "-._~0-9A-Za-z=-._~0-9A-Za-z");
    assert.equal(getCanonicalQuery("ሴ=bar"), "%E1%88%B4=bar");
  });
  it("sorts after encoding, so an encoded key sorts by its %XX form", () => {
    assert.equal(getCanonicalQuery("Param-3=Value3&Param=Value2&%E1%88%B4=Value1"), "%E1%88%B4=Value1&Param=Value2&Param-3=Value3");
  });
  it("keeps a bad `%` literal and encodes it as %25", () => {
    assert.equal(getCanonicalQuery("a=100%&b=%zz"), "a=100%25&b=%25zz");
  });
  it("ignores empty pieces between ampersands", () => {
    assert.equal(getCanonicalQuery("a=1&&b=2&"), "a=1&b=2");
  });
  it("leaves out excluded keys by their decoded name", () => {
    assert.equal(getCanonicalQuery("X-Amz-Signature=abc&X-Amz-Date=d", { exclude: ["X-Amz-Signature"] }), "X-Amz-Date=d");
    assert.equal(getCanonicalQuery("X-Amz-Signature=abc", {}), "X-Amz-Signature=abc");
  });
});
