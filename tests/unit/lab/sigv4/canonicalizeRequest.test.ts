import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalizeRequest } from "../../../../src/lab/sigv4/canonicalizeRequest.ts";
import type { LabRequest } from "../../../../src/lab/types.ts";

const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const base: LabRequest = {
  method: "GET",
  target: "/",
  httpVersion: "HTTP/1.1",
  headers: [
    { name: "Host", value: "example.amazonaws.com" },
    { name: "X-Amz-Date", value: "20150830T123600Z" },
  ],
  body: new Uint8Array(0),
};
const opts = { signedHeaders: ["host", "x-amz-date"], normalizePath: true, payloadHash: EMPTY, mode: "header" as const };

describe("canonicalizeRequest", () => {
  it("builds aws-c-auth's get-vanilla canonical request", () => {
    const r = canonicalizeRequest(base, opts);
    assert.equal(r.canonicalRequest, `GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`);
    assert.equal(r.signedHeaders, "host;x-amz-date");
  });
  it("canonicalises the path and query from the received target", () => {
    const r = canonicalizeRequest({ ...base, target: "/a/../b%20c?z=1&a=x+y" }, opts);
    assert.equal(r.canonicalPath, "/b%2520c");
    assert.equal(r.canonicalQuery, "a=x%20y&z=1");
  });
  it("uses S3 path rules when normalizePath is false", () => {
    const r = canonicalizeRequest({ ...base, target: "/a/../b%20c" }, { ...opts, normalizePath: false });
    assert.equal(r.canonicalPath, "/a/../b%20c");
  });
  it("leaves X-Amz-Signature out of the query in query mode only", () => {
    const target = "/?X-Amz-Date=d&X-Amz-Signature=abc";
    assert.equal(canonicalizeRequest({ ...base, target }, { ...opts, mode: "query" }).canonicalQuery, "X-Amz-Date=d");
    assert.equal(canonicalizeRequest({ ...base, target }, opts).canonicalQuery, "X-Amz-Date=d&X-Amz-Signature=abc");
  });
  it("leaves out extra query parameters named in excludeQuery", () => {
    const target = "/?X-Amz-Date=d&X-Amz-Security-Token=t&X-Amz-Signature=abc";
    const r = canonicalizeRequest({ ...base, target }, { ...opts, mode: "query", excludeQuery: ["X-Amz-Security-Token"] });
    assert.equal(r.canonicalQuery, "X-Amz-Date=d");
  });
  it("lowercases and sorts the signed header list it is given", () => {
    const r = canonicalizeRequest(base, { ...opts, signedHeaders: ["X-Amz-Date", "Host"] });
    assert.equal(r.signedHeaders, "host;x-amz-date");
    assert.equal(r.canonicalHeaders, "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n");
  });
  it("uses the payload hash it is given, literally", () => {
    assert.ok(canonicalizeRequest(base, { ...opts, payloadHash: "UNSIGNED-PAYLOAD" }).canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
  });
});
