import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { extractCanonicalRequest } from "../../../../src/lab/diff/extractCanonicalRequest.ts";

const CREQ = "GET\n/\na=1&b=2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("extractCanonicalRequest", () => {
  it("returns a bare canonical request unchanged, with CRLF and a trailing newline removed", () => {
    assert.equal(extractCanonicalRequest(CREQ.replace(/\n/g, "\r\n") + "\r\n"), CREQ);
  });
  it("takes the XML-unescaped CanonicalRequest out of an S3 SignatureDoesNotMatch body", () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>…</Message><CanonicalRequest>${CREQ.replace(/&/g, "&amp;")}</CanonicalRequest><CanonicalRequestBytes>47</CanonicalRequestBytes></Error>`;
    assert.equal(extractCanonicalRequest(body), CREQ);
  });
  it("decodes S3's CanonicalRequestBytes hex pairs", () => {
    const hex = Array.from(new TextEncoder().encode(CREQ), (b) => b.toString(16).padStart(2, "0")).join(" ");
    assert.equal(extractCanonicalRequest(hex), CREQ);
  });
  it("takes the quoted text out of a 'should have been' message", () => {
    const message = `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${CREQ}'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20150830T123600Z\n…'\n`;
    assert.equal(extractCanonicalRequest(message), CREQ);
  });
  it("reads the message when pasted as a JSON string with \\n escapes", () => {
    const message = `The Canonical String for this request should have been\n'${CREQ}'\n\nThe String-to-Sign should have been\n'x'`.replace(/\n/g, "\\n");
    assert.equal(extractCanonicalRequest(message), CREQ);
  });
});
