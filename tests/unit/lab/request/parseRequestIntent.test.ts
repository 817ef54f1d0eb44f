import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRequestIntent } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";

const enc = new TextEncoder();
function req(method: string, target: string, body: string, type?: string): LabRequest {
  const headers = [{ name: "Host", value: "127.0.0.1:4599" }, ...(type === undefined ? [] : [{ name: "Content-Type", value: type }])];
  return { method, target, httpVersion: "HTTP/1.1", headers, body: enc.encode(body) };
}
const STS_FORM = "Action=GetCallerIdentity&Version=2011-06-15";

describe("parseRequestIntent", () => {
  it("reads Action and Version from a form POST", () => {
    const i = parseRequestIntent(req("POST", "/", STS_FORM, "application/x-www-form-urlencoded; charset=utf-8"));
    assert.deepEqual([i.action, i.version], ["GetCallerIdentity", "2011-06-15"]);
  });

  it("reads them from a POST to / with no Content-Type (curl -d without -H)", () => {
    assert.equal(parseRequestIntent(req("POST", "/", STS_FORM)).action, "GetCallerIdentity");
  });

  it("never reads an S3 object body as a form: a PUT, even one typed as a form (axios's default)", () => {
    assert.equal(parseRequestIntent(req("PUT", "/sigfix-example/k", STS_FORM)).action, undefined);
    assert.equal(parseRequestIntent(req("PUT", "/sigfix-example/k", STS_FORM, "application/x-www-form-urlencoded")).action, undefined);
  });

  it("never reads an untyped POST to an object (CompleteMultipartUpload, a key) as a form", () => {
    assert.equal(parseRequestIntent(req("POST", "/sigfix-example/k?uploadId=abc", STS_FORM)).action, undefined);
    assert.equal(parseRequestIntent(req("POST", "/k", STS_FORM)).action, undefined);
    assert.equal(parseRequestIntent(req("POST", "/?delete", STS_FORM)).action, undefined);
  });

  it("does not decode a form body larger than 1 MiB", () => {
    const big = `${STS_FORM}&pad=${"a".repeat(1024 * 1024)}`;
    assert.equal(parseRequestIntent(req("POST", "/", big, "application/x-www-form-urlencoded")).action, undefined);
  });
});
