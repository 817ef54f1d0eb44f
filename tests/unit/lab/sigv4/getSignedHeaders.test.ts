import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getSignedHeaders } from "../../../../src/lab/sigv4/getSignedHeaders.ts";

const h = (...names: string[]) => names.map((name) => ({ name, value: "v" }));

describe("getSignedHeaders", () => {
  it("lowercases, deduplicates and sorts the names", () => {
    assert.deepEqual(getSignedHeaders(h("X-Amz-Date", "Host", "host", "Content-Type")), ["content-type", "host", "x-amz-date"]);
  });
  it("skips the headers smithy never signs", () => {
    assert.deepEqual(
      getSignedHeaders(h("Host", "User-Agent", "Authorization", "Connection", "Expect", "Proxy-Authorization", "Sec-Fetch-Mode", "X-Amzn-Trace-Id")),
      ["host"],
    );
  });
  it("skips headers the caller names as unsignable", () => {
    assert.deepEqual(getSignedHeaders(h("Host", "Content-Type"), { unsignable: ["Content-Type"] }), ["host"]);
  });
});
