import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQueryRecord, toSmithyRequest } from "../../../../src/lab/sign/toSmithyRequest.ts";
import type { LabRequest } from "../../../../src/lab/types.ts";

const req: LabRequest = {
  method: "GET",
  target: "/example space/?b=2&a=1&a=x+y",
  httpVersion: "HTTP/1.1",
  headers: [
    { name: "Host", value: "example.amazonaws.com:8443" },
    { name: "My-Header1", value: "value2" },
    { name: "my-header1", value: "value1 " },
  ],
  body: new Uint8Array([1, 2]),
};

describe("toSmithyRequest", () => {
  it("joins repeated headers, in any case, into one entry under the first spelling", () => {
    const out = toSmithyRequest(req, { normalizePath: true });
    assert.deepEqual(out.headers, { Host: "example.amazonaws.com:8443", "My-Header1": "value2,value1" });
  });
  it("gives smithy the wire path when smithy encodes it itself", () => {
    assert.equal(toSmithyRequest(req, { normalizePath: true }).path, "/example space/");
  });
  it("encodes the path once for S3 rules, since smithy then leaves it alone", () => {
    assert.equal(toSmithyRequest(req, { normalizePath: false }).path, "/example%20space/");
  });
  it("takes hostname and port from the Host header", () => {
    const out = toSmithyRequest(req, { normalizePath: true });
    assert.equal(out.hostname, "example.amazonaws.com");
    assert.equal(out.port, 8443);
  });
  it("passes the body bytes, or an opaque streamed body for UNSIGNED-PAYLOAD", () => {
    assert.deepEqual(toSmithyRequest(req, { normalizePath: true }).body, new Uint8Array([1, 2]));
    assert.equal(toSmithyRequest(req, { normalizePath: true, unsignedPayload: true }).body instanceof Uint8Array, false);
  });
});

describe("parseQueryRecord", () => {
  it("decodes once, reads `+` as a space and gathers repeated keys into arrays in order", () => {
    assert.deepEqual(parseQueryRecord("b=2&a=1&a=x+y&c&d=%2F%zz&e=%2B"), { b: "2", a: ["1", "x y"], c: "", d: "/%zz", e: "+" });
  });
  it("returns an empty record for no query", () => {
    assert.deepEqual(parseQueryRecord(null), {});
  });
});
