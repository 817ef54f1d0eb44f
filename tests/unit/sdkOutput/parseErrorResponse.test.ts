import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseErrorResponse } from "../../../src/sdkOutput/index.ts";
import { DYNAMODB_WRONG_SECRET, LAMBDA_UNKNOWN_KEY, S3_SKEWED, STS_EXPIRED } from "./fixtures.ts";

describe("parseErrorResponse", () => {
  it("takes the code after '#' in DynamoDB's __type and the request id header", () => {
    const e = parseErrorResponse(DYNAMODB_WRONG_SECRET);
    assert.equal(e.code, "InvalidSignatureException");
    assert.equal(e.requestId, "RID52AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assert.equal(e.serverTimeMs, Date.UTC(2026, 0, 15, 12));
  });
  it("reads the query XML's Error/Code and Message", () => {
    const e = parseErrorResponse(STS_EXPIRED);
    assert.deepEqual([e.code, e.message, e.hasMessage], ["ExpiredToken", "The security token included in the request is expired", true]);
  });
  it("takes REST-JSON's code from x-amzn-ErrorType, cut at the colon", () => {
    assert.equal(parseErrorResponse(LAMBDA_UNKNOWN_KEY).code, "UnrecognizedClientException");
  });
  it("reads S3's HostId and prefers its ServerTime to the Date header", () => {
    const e = parseErrorResponse({ ...S3_SKEWED, headers: S3_SKEWED.headers.map(([k, v]) => [k, k === "Date" ? "Thu, 15 Jan 2026 13:00:00 GMT" : v] as const) });
    assert.equal(e.hostId, "HOSTID/abc+def=");
    assert.equal(e.serverTimeMs, Date.UTC(2026, 0, 15, 12));
  });
  it("decodes XML entities in a message", () => {
    const body = STS_EXPIRED.body.replace("is expired", "is &lt;expired&gt; &amp; gone&#33;");
    assert.equal(parseErrorResponse({ ...STS_EXPIRED, body }).message, "The security token included in the request is <expired> & gone!");
  });
  it("falls back to the status as the code for a body-less HEAD answer", () => {
    const e = parseErrorResponse({ ...S3_SKEWED, body: "", method: "HEAD" });
    assert.deepEqual([e.code, e.message, e.hasMessage], ["403", "", false]);
  });
  it("survives binary, a megabyte of one character and Object.prototype names in the body", () => {
    for (const body of ["\u0000\uffff\ud800", "{".repeat(1 << 20), '{"__type":"__proto__","message":"constructor"}', "<Code>" + "a".repeat(1 << 20)]) {
      const e = parseErrorResponse({ ...DYNAMODB_WRONG_SECRET, body });
      assert.equal(typeof e.code, "string");
      assert.equal(typeof e.message, "string");
    }
  });
});
