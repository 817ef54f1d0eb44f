import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { tamperAfterSigning } from "../../../../src/lab/scenario/tamperAfterSigning.ts";
import type { LabRequest } from "../../../../src/lab/types.ts";

const req = (headers: Array<[string, string]>, body = ""): LabRequest => ({
  method: "POST",
  target: "/",
  httpVersion: "HTTP/1.1",
  headers: headers.map(([name, value]) => ({ name, value })),
  body: new TextEncoder().encode(body),
});

describe("tamperAfterSigning", () => {
  it("adds a charset to a signed Content-Type", () => {
    const out = tamperAfterSigning(req([["Host", "h"], ["Content-Type", "application/x-amz-json-1.0"]]), "header", ["content-type", "host"]);
    assert.deepEqual(out.headers[1], { name: "Content-Type", value: "application/x-amz-json-1.0; charset=UTF-8" });
  });
  it("adds the default port to Host when Content-Type is not signed", () => {
    const out = tamperAfterSigning(req([["Host", "h.example"]]), "header", ["host"]);
    assert.deepEqual(out.headers[0], { name: "Host", value: "h.example:443" });
  });
  it("appends a newline to the body and fixes Content-Length", () => {
    const out = tamperAfterSigning(req([["Content-Length", "2"]], "{}"), "body", []);
    assert.equal(new TextDecoder().decode(out.body), "{}\n");
    assert.deepEqual(out.headers[0], { name: "Content-Length", value: "3" });
  });
  it("leaves the input request untouched", () => {
    const input = req([["Host", "h"]], "{}");
    tamperAfterSigning(input, "body", []);
    assert.equal(input.body.length, 2);
  });
});
