import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createIssuedIdentities } from "../../../src/mock/createIssuedIdentities.ts";
import { MAX_ISSUED_IDENTITIES } from "../../../src/lab/limits.ts";

const identity = (n: number) => ({ accessKeyId: `ASIATEST${n}`, secretAccessKey: "s", sessionToken: `sigfix/t/${n}`, kind: "temporary" as const, status: "active" as const });

describe("createIssuedIdentities", () => {
  it("finds an identity by access key ID and by session token", () => {
    const store = createIssuedIdentities(3);
    store.add(identity(1));
    assert.equal(store.byAccessKeyId("ASIATEST1")?.sessionToken, "sigfix/t/1");
    assert.equal(store.bySessionToken("sigfix/t/1")?.accessKeyId, "ASIATEST1");
    assert.equal(store.byAccessKeyId("ASIATEST2"), undefined);
  });

  it("forgets the oldest issue, by both keys, once past its cap", () => {
    const store = createIssuedIdentities(3);
    for (let n = 1; n <= 5; n++) store.add(identity(n));
    assert.equal(store.size, 3);
    assert.equal(store.byAccessKeyId("ASIATEST2"), undefined);
    assert.equal(store.bySessionToken("sigfix/t/2"), undefined);
    assert.equal(store.byAccessKeyId("ASIATEST3")?.accessKeyId, "ASIATEST3");
  });

  it("keeps 10,000 by default, the cap the README states", () => {
    assert.equal(MAX_ISSUED_IDENTITIES, 10_000);
    const store = createIssuedIdentities();
    for (let n = 0; n < 10_050; n++) store.add(identity(n));
    assert.equal(store.size, 10_000);
    assert.equal(store.byAccessKeyId("ASIATEST49"), undefined);
    assert.ok(store.byAccessKeyId("ASIATEST50"));
  });

  it("treats Object.prototype names as keys like any other", () => {
    const store = createIssuedIdentities(3);
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      assert.equal(store.byAccessKeyId(name), undefined);
      assert.equal(store.bySessionToken(name), undefined);
    }
  });
});
