import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fromSmithyRequest } from "../../../../src/lab/sign/fromSmithyRequest.ts";
import type { LabRequest } from "../../../../src/lab/types.ts";

const original: LabRequest = {
  method: "GET",
  target: "/p?q=a%2Bb",
  httpVersion: "HTTP/1.1",
  headers: [
    { name: "Host", value: "h" },
    { name: "Date", value: "Fri, 24 May 2013 00:00:00 GMT" },
    { name: "My-Header1", value: "v1\n  v2" },
    { name: "X-Amz-Date", value: "19990101T000000Z" },
    { name: "X-Amz-Meta-A", value: "m" },
  ],
  body: new Uint8Array(0),
};
const base = { method: "GET", protocol: "https:", hostname: "h", path: "/p" };

describe("fromSmithyRequest", () => {
  it("keeps untouched header lines as received, replaces changed ones in place, drops removed ones and appends new ones", () => {
    const out = fromSmithyRequest(original, {
      ...base,
      query: { q: "a+b" },
      headers: { Host: "h", "My-Header1": "v1\n  v2", "X-Amz-Meta-A": "m", "x-amz-date": "20150830T123600Z", authorization: "AWS4…" },
    });
    assert.deepEqual(out.headers, [
      { name: "Host", value: "h" },
      { name: "My-Header1", value: "v1\n  v2" },
      { name: "X-Amz-Date", value: "20150830T123600Z" },
      { name: "X-Amz-Meta-A", value: "m" },
      { name: "authorization", value: "AWS4…" },
    ]);
    assert.equal(out.target, "/p?q=a%2Bb");
  });
  it("keeps the raw query and appends new parameters encoded strictly, in smithy's order", () => {
    const out = fromSmithyRequest(original, {
      ...base,
      query: { q: "a+b", "X-Amz-Meta-A": "m", "X-Amz-Credential": "AKID/20150830/us-east-1/s3/aws4_request" },
      headers: { Host: "h" },
    });
    assert.equal(out.target, "/p?q=a%2Bb&X-Amz-Meta-A=m&X-Amz-Credential=AKID%2F20150830%2Fus-east-1%2Fs3%2Faws4_request");
    assert.deepEqual(out.headers, [{ name: "Host", value: "h" }]);
  });
  it("writes the path smithy was given", () => {
    const out = fromSmithyRequest({ ...original, target: "/a b" }, { ...base, path: "/a%20b", query: {}, headers: {} });
    assert.equal(out.target, "/a%20b");
  });
});
