import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readSearchQuery } from "../../../src/search/readSearchQuery.ts";

const CODES = [
  { code: "InvalidClientTokenId", target: "/errors/security-token-invalid/", title: "The security token included in the request is invalid" },
  { code: "InvalidSignatureException", target: "/errors/signature-does-not-match/", title: "Signature does not match" },
  { code: "SignatureDoesNotMatch", target: "/errors/signature-does-not-match/", title: "Signature does not match" },
];

describe("readSearchQuery", () => {
  it("searches a whole pasted botocore line by its code, and offers Diagnose", () => {
    const r = readSearchQuery(
      "botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.",
      CODES,
    );
    assert.equal(r.code?.target, "/errors/security-token-invalid/");
    assert.equal(r.term, "InvalidClientTokenId security token included request invalid");
    assert.equal(r.looksLikeError, true);
  });

  it("finds a code typed alone in any case, without calling it an error line", () => {
    const r = readSearchQuery("invalidclienttokenid", CODES);
    assert.equal(r.code?.code, "InvalidClientTokenId");
    assert.equal(r.looksLikeError, false);
  });

  it("searches a message without a code by its words, dropping quoted values, numbers and dates", () => {
    const r = readSearchQuery("Error: Signature expired: 20160610T180547Z is now earlier than 20160610T180612Z (20160610T181112Z - 5 min.)", CODES);
    assert.equal(r.code, undefined);
    assert.equal(r.looksLikeError, true);
    assert.equal(r.term, "Signature expired is now earlier than min");
    assert.equal(readSearchQuery("Credential should be scoped to a valid region, not 'eu-west-1'.", CODES).term, "Credential should be scoped to a valid region not");
  });

  it("leaves a few keywords as typed", () => {
    assert.deepEqual(readSearchQuery("clock skew", CODES), { looksLikeError: false, term: "clock skew" });
  });

  it("does not take a code inside a longer word", () => {
    assert.equal(readSearchQuery("XInvalidClientTokenIdY here", CODES).code, undefined);
  });

  it("copes with a huge paste and with Object.prototype names", () => {
    assert.ok(readSearchQuery("a ".repeat(500_000), CODES).term.length < 100);
    assert.equal(readSearchQuery("__proto__ constructor", CODES).code, undefined);
  });
});
