import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyTokenState, garbleToken } from "../../../src/playgroundState/applyTokenState.ts";
import { EXAMPLES, scenario } from "./fixtures.ts";

const expired = EXAMPLES[4]!;
const withToken = scenario({ credentials: { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" } });

describe("applyTokenState", () => {
  it("sends the token as entered when valid", () => {
    assert.deepEqual(applyTokenState(withToken, "valid", { expired }), withToken);
  });
  it("drops the token when missing", () => {
    assert.deepEqual(applyTokenState(withToken, "missing", { expired }).credentials, { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001" });
  });
  it("switches to the documented expired identity when expired", () => {
    assert.deepEqual(applyTokenState(withToken, "expired", { expired }).credentials, {
      accessKeyId: "ASIASIGFIXEXPIRED001",
      secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01",
      sessionToken: "sigfix-expired-session-token-EXAMPLE",
    });
  });
  it("damages the token when garbled", () => {
    assert.equal(applyTokenState(withToken, "garbled", { expired }).credentials.sessionToken, "sigfix-valid-sess~garbled~-EXAMPLE");
  });
});

describe("garbleToken", () => {
  it("sends a fixed garbled token when there was none", () => {
    assert.equal(garbleToken(""), "sigfix-garbled-session-token");
  });
});
