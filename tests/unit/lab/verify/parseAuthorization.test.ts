import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAuthorization } from "../../../../src/lab/verify/parseAuthorization.ts";
import { parse } from "./signedFixture.ts";

describe("parseAuthorization", () => {
  it("reads the three header parameters and the X-Amz-Date header", () => {
    const req = parse("GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa0\n\n");
    assert.deepEqual(parseAuthorization(req, "coral"), {
      kind: "auth", mode: "header",
      header: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa0",
      algorithm: "AWS4-HMAC-SHA256", credential: "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request", signature: "5fa0",
      signedHeaders: "host;x-amz-date", date: "20150830T123600Z", dateSource: "x-amz-date", notKeyValue: [],
    });
  });

  it("splits Coral headers on whitespace too, so a pasted space leaves a part without `=`", () => {
    const req = parse("GET / HTTP/1.1\nAuthorization: AWS4-HMAC-SHA256 Credential= AKIDEXAMPLE/20181128/eu-central-1/cloud9/aws4_request, SignedHeaders=host, Signature=ab\n\n");
    const auth = parseAuthorization(req, "coral");
    assert.ok(auth.kind === "auth");
    assert.deepEqual(auth.notKeyValue, ["AKIDEXAMPLE/20181128/eu-central-1/cloud9/aws4_request"]);
    assert.equal(auth.credential, "");
  });

  it("keeps the last of repeated header parameters", () => {
    const auth = parseAuthorization(parse("GET / HTTP/1.1\nAuthorization: AWS4-HMAC-SHA256 Signature=a, Signature=b\n\n"), "coral");
    assert.ok(auth.kind === "auth");
    assert.equal(auth.signature, "b");
  });

  it("falls back to the Date header when X-Amz-Date is absent", () => {
    const auth = parseAuthorization(parse("GET / HTTP/1.1\nDate: 20150830T123600Z\nAuthorization: AWS4-HMAC-SHA256 Signature=a\n\n"), "coral");
    assert.ok(auth.kind === "auth");
    assert.equal(auth.dateSource, "date");
  });

  it("decodes query parameters once and keeps the first occurrence", () => {
    const auth = parseAuthorization(parse("GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=1&X-Amz-Signature=2&X-Amz-Security-Token=a%2Bb HTTP/1.1\nHost: h\n\n"), "s3");
    assert.ok(auth.kind === "auth");
    assert.equal(auth.mode, "query");
    assert.equal(auth.credential, "AKID/20150830/us-east-1/s3/aws4_request");
    assert.equal(auth.signature, "1");
    assert.equal(auth.sessionToken, "a+b");
  });

  it("reports both mechanisms and neither", () => {
    assert.deepEqual(parseAuthorization(parse("GET /?X-Amz-Algorithm=x HTTP/1.1\nAuthorization: AWS4-HMAC-SHA256 a=b\n\n"), "coral"), { kind: "both", header: "AWS4-HMAC-SHA256 a=b" });
    assert.deepEqual(parseAuthorization(parse("GET /?X-Amz-Credential=x HTTP/1.1\nHost: h\n\n"), "coral"), { kind: "none" });
  });
});
