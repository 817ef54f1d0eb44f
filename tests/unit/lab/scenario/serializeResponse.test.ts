import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { serializeResponse } from "../../../../src/lab/scenario/serializeResponse.ts";

describe("serializeResponse", () => {
  it("writes the status line, headers, a blank line and the body with CRLF", () => {
    assert.equal(
      serializeResponse({ status: 403, statusText: "Forbidden", headers: [["Content-Type", "text/xml"], ["Content-Length", "2"]], body: "ab" }),
      "HTTP/1.1 403 Forbidden\r\nContent-Type: text/xml\r\nContent-Length: 2\r\n\r\nab",
    );
  });
});
