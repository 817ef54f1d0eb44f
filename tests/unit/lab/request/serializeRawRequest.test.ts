import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { serializeRawRequest } from "../../../../src/lab/request/serializeRawRequest.ts";

describe("serializeRawRequest", () => {
  it("writes the request line, `Name: value` headers, a blank line and the body with CRLFs", () => {
    const text = serializeRawRequest({
      method: "POST",
      target: "/?Action=ListUsers",
      httpVersion: "HTTP/1.1",
      headers: [
        { name: "Host", value: "iam.amazonaws.com" },
        { name: "My-Header1", value: "value1\n  value2" },
      ],
      body: new TextEncoder().encode("a=b"),
    });
    assert.equal(text, "POST /?Action=ListUsers HTTP/1.1\r\nHost: iam.amazonaws.com\r\nMy-Header1: value1\n  value2\r\n\r\na=b");
  });
});
