import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeIdentity } from "../../../../src/components/playground/describeIdentity.ts";
import { DEFAULT_IDENTITIES } from "../../../../src/lab/index.ts";

const ctx = { identities: DEFAULT_IDENTITIES, serverNow: "2026-01-15T12:00:00Z" };
const typed = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "x" };

describe("describeIdentity", () => {
  it("names the expired identity the 'expired' state signs with, not the key in the form", () => {
    const expired = { accessKeyId: "ASIASIGFIXEXPIRED001", secretAccessKey: "s", sessionToken: "t" };
    assert.equal(
      describeIdentity(typed, expired, "expired", ctx),
      "Signs as `ASIASIGFIXEXPIRED001` (temporary credentials whose session ended 2020-01-01), the example expired identity, instead of the key above.",
    );
  });

  it("says what AWS knows of the key as entered", () => {
    assert.equal(describeIdentity(typed, typed, "valid", ctx), "Signs as `AKIDEXAMPLE` (an active long-term key), with no session token.");
    const inactive = { accessKeyId: "AKIAI44QH8DHBEXAMPLE", secretAccessKey: "x" };
    assert.match(describeIdentity(inactive, inactive, "valid", ctx), /a deactivated key/);
    const unknown = { accessKeyId: "constructor", secretAccessKey: "x" };
    assert.match(describeIdentity(unknown, unknown, "valid", ctx), /a key AWS does not know/);
  });

  it("says a token is left out even though one is entered", () => {
    assert.match(describeIdentity({ ...typed, sessionToken: "t" }, typed, "missing", ctx), /sends no session token, although one is entered/);
  });
});
