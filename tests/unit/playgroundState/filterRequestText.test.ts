import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { filterRequestText } from "../../../src/playgroundState/filterRequestText.ts";

describe("filterRequestText", () => {
  it("keeps an example session token", () => {
    const text = "GET / HTTP/1.1\nX-Amz-Security-Token: sigfix-valid-session-token-EXAMPLE\n\n";
    assert.deepEqual(filterRequestText(text, { secrets: [], publicTokens: ["sigfix-valid-session-token-EXAMPLE"] }), { text, removed: 0, maskedKeyIds: 0 });
  });
  it("replaces any other session-token header value, whatever its case", () => {
    assert.deepEqual(filterRequestText("GET / HTTP/1.1\nx-amz-security-token:abc\n\n", { secrets: [], publicTokens: [] }), {
      text: "GET / HTTP/1.1\nx-amz-security-token: LEFT-OUT-OF-LINK\n\n",
      removed: 1,
      maskedKeyIds: 0,
    });
  });
  it("replaces a typed secret wherever it appears", () => {
    assert.deepEqual(filterRequestText("POST / HTTP/1.1\n\nkey=Sup3rS3cretValue&again=Sup3rS3cretValue", { secrets: ["Sup3rS3cretValue"], publicTokens: [] }), {
      text: "POST / HTTP/1.1\n\nkey=LEFT-OUT-OF-LINK&again=LEFT-OUT-OF-LINK",
      removed: 2,
      maskedKeyIds: 0,
    });
  });
  it("ignores secrets too short to search for", () => {
    assert.equal(filterRequestText("GET /abc HTTP/1.1\n\n", { secrets: ["abc"], publicTokens: [] }).removed, 0);
  });
});
