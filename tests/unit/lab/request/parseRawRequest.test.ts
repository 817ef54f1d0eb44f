import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRawRequest } from "../../../../src/lab/request/parseRawRequest.ts";

function ok(text: string | Uint8Array) {
  const r = parseRawRequest(text);
  assert.ok(r.ok, r.ok ? "" : r.error);
  return r.request;
}

describe("parseRawRequest", () => {
  it("reads the request line, headers in order and the body with CRLF line ends", () => {
    const req = ok("POST /a?b=c HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n\r\nhello");
    assert.equal(req.method, "POST");
    assert.equal(req.target, "/a?b=c");
    assert.equal(req.httpVersion, "HTTP/1.1");
    assert.deepEqual(req.headers, [
      { name: "Host", value: "example.com" },
      { name: "Content-Type", value: "text/plain" },
    ]);
    assert.equal(new TextDecoder().decode(req.body), "hello");
  });
  it("accepts LF line ends and `Name:value` without a space", () => {
    const req = ok("GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z");
    assert.deepEqual(req.headers, [
      { name: "Host", value: "example.amazonaws.com" },
      { name: "X-Amz-Date", value: "20150830T123600Z" },
    ]);
    assert.equal(req.body.length, 0);
  });
  it("keeps a raw path with a space and raw UTF-8 as the target", () => {
    assert.equal(ok("GET /example space/ HTTP/1.1\nHost:h\n").target, "/example space/");
    assert.equal(ok(new Uint8Array([...new TextEncoder().encode("GET /"), 0xe1, 0x88, 0xb4, ...new TextEncoder().encode(" HTTP/1.1\n\n")])).target, "/ሴ");
  });
  it("joins obs-fold continuation lines into the value with their line breaks", () => {
    const req = ok("GET / HTTP/1.1\nHost:h\nMy-Header1:value1\n  value2\n     value3\nX-Amz-Date:d\n");
    assert.deepEqual(req.headers[1], { name: "My-Header1", value: "value1\n  value2\n     value3" });
    assert.equal(req.headers[2]!.name, "X-Amz-Date");
  });
  it("keeps repeated headers separately, in arrival order", () => {
    const req = ok("GET / HTTP/1.1\nMy-Header1:value2\nMy-Header1:value2\nMy-Header1:value1\n");
    assert.deepEqual(req.headers.map((h) => h.value), ["value2", "value2", "value1"]);
  });
  it("trims the optional whitespace around a header value", () => {
    assert.equal(ok("GET / HTTP/1.1\nMy-Header1:    value1  \n").headers[0]!.value, "value1");
  });
  it("keeps the body byte for byte, blank lines and CRLFs included", () => {
    const body = new Uint8Array([0x0d, 0x0a, 0x00, 0xff, 0x0a]);
    const head = new TextEncoder().encode("PUT /k HTTP/1.1\r\nHost: h\r\n\r\n");
    assert.deepEqual(ok(new Uint8Array([...head, ...body])).body, body);
  });
  it("defaults the version to HTTP/1.1 when the request line has none", () => {
    const req = ok("GET /x\nHost: h\n");
    assert.equal(req.target, "/x");
    assert.equal(req.httpVersion, "HTTP/1.1");
  });
  it("reports an empty request instead of throwing", () => {
    const r = parseRawRequest("\r\n\r\n");
    assert.equal(r.ok, false);
  });
  it("reports a header line without a colon with its line number", () => {
    const r = parseRawRequest("GET / HTTP/1.1\nHost: h\nnot a header\n\n");
    assert.deepEqual(r.ok ? null : r.line, 3);
  });
  it("reports a continuation line before any header", () => {
    const r = parseRawRequest("GET / HTTP/1.1\n  folded\n");
    assert.deepEqual(r.ok ? null : r.line, 2);
  });
  it("reports a request line without a target", () => {
    assert.equal(parseRawRequest("GET\nHost: h\n").ok, false);
  });

  it("refuses prose and full URLs on the request line, saying what to write instead", () => {
    const prose = parseRawRequest("this is not an HTTP request");
    assert.deepEqual(prose, { ok: false, error: "The request target `is not an HTTP request` does not start with `/`: expected `METHOD /path HTTP/1.1`.", line: 1 });
    const url = parseRawRequest("GET https://sts.amazonaws.com/?Action=GetCallerIdentity HTTP/1.1\n");
    assert.equal(url.ok, false);
    assert.match((url as { error: string }).error, /is a full URL: write only the path/);
  });
});
