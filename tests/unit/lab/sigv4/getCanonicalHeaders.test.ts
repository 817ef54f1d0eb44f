import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getCanonicalHeaders } from "../../../../src/lab/sigv4/getCanonicalHeaders.ts";

describe("getCanonicalHeaders", () => {
  it("lowercases names and sorts the lines", () => {
    const headers = [
      { name: "X-Amz-Date", value: "20150830T123600Z" },
      { name: "Host", value: "example.amazonaws.com" },
    ];
    assert.equal(getCanonicalHeaders(headers, ["x-amz-date", "host"]), "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n");
  });
  it("trims values and folds inner whitespace runs to one space", () => {
    const headers = [{ name: "My-Header1", value: " value1  a   b\t\tc " }];
    assert.equal(getCanonicalHeaders(headers, ["my-header1"]), "my-header1:value1 a b c\n");
  });
  it("turns obs-fold line breaks into one space", () => {
    const headers = [{ name: "My-Header1", value: "value1\r\n  value2\n     value3" }];
    assert.equal(getCanonicalHeaders(headers, ["my-header1"]), "my-header1:value1 value2 value3\n");
  });
  it("joins repeated headers with a comma in arrival order, whatever their case", () => {
    const headers = [
      { name: "My-Header1", value: "value2" },
      { name: "my-header1", value: " value2 " },
      { name: "MY-HEADER1", value: "value1" },
    ];
    assert.equal(getCanonicalHeaders(headers, ["my-header1"]), "my-header1:value2,value2,value1\n");
  });
  it("writes an absent signed header with an empty value", () => {
    assert.equal(getCanonicalHeaders([], ["host"]), "host:\n");
  });
  it("writes only the signed headers", () => {
    const headers = [
      { name: "Host", value: "h" },
      { name: "User-Agent", value: "ua" },
    ];
    assert.equal(getCanonicalHeaders(headers, ["Host"]), "host:h\n");
  });
});
