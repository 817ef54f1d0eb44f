import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readShortLinkCode, resolveShortLink } from "../../../src/shortLinks/resolveShortLink.ts";
import { findNearestCodes } from "../../../src/shortLinks/findNearestCodes.ts";

const LINKS = [
  { code: "InvalidSignatureException", target: "/errors/signature-does-not-match/" },
  { code: "InvalidClientTokenId", target: "/errors/security-token-invalid/" },
  { code: "SignatureDoesNotMatch", target: "/errors/signature-does-not-match/" },
  { code: "ExpiredToken", target: "/errors/expired-token/" },
];

describe("resolveShortLink", () => {
  it("finds the code whatever its case, with or without the trailing slash", () => {
    assert.equal(resolveShortLink("/e/invalidsignatureexception", LINKS)?.code, "InvalidSignatureException");
    assert.equal(resolveShortLink("/e/INVALIDCLIENTTOKENID/", LINKS)?.target, "/errors/security-token-invalid/");
  });

  it("returns nothing for an unknown code, another path or an undecodable one", () => {
    assert.equal(resolveShortLink("/e/NoSuchErrorCode", LINKS), undefined);
    assert.equal(resolveShortLink("/errors/expired-token/", LINKS), undefined);
    assert.equal(resolveShortLink("/e/%E0%A4%A", LINKS), undefined);
    assert.equal(resolveShortLink("/e/__proto__", LINKS), undefined);
  });
});

describe("readShortLinkCode", () => {
  it("reads the code part only, cut to 80 characters", () => {
    assert.equal(readShortLinkCode("/e/Expired%20Token"), "Expired Token");
    assert.equal(readShortLinkCode(`/e/${"x".repeat(100_000)}`)?.length, 80);
    assert.equal(readShortLinkCode("/e/a/b"), undefined);
  });
});

describe("findNearestCodes", () => {
  it("suggests the code a typo or a fragment means", () => {
    assert.deepEqual(findNearestCodes("SignatureDoesntMatch", LINKS).map((l) => l.code)[0], "SignatureDoesNotMatch");
    assert.deepEqual(findNearestCodes("expiredtokenexception", LINKS).map((l) => l.code), ["ExpiredToken"]);
    assert.deepEqual(findNearestCodes("ClientTokenId", LINKS).map((l) => l.code), ["InvalidClientTokenId"]);
  });

  it("suggests nothing for a word unlike any code", () => {
    assert.deepEqual(findNearestCodes("kubernetes", LINKS), []);
    assert.deepEqual(findNearestCodes("", LINKS), []);
  });
});
