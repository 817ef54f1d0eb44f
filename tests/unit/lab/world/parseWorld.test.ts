import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseWorld } from "../../../../src/lab/world/parseWorld.ts";

const now = new Date("2026-01-15T12:00:00Z");

describe("parseWorld", () => {
  it("adds given identities to the default five", () => {
    const r = parseWorld({ identities: [{ accessKeyId: "AKIANEWKEY", secretAccessKey: "s" }] }, now);
    assert.ok(r.ok);
    assert.equal(r.world.identities.length, 6);
    assert.deepEqual(r.world.identities[5], { accessKeyId: "AKIANEWKEY", secretAccessKey: "s", kind: "long-term", status: "active" });
  });

  it("replaces a default identity with the same access key ID", () => {
    const r = parseWorld({ identities: [{ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "other", status: "inactive" }] }, now);
    assert.ok(r.ok);
    assert.equal(r.world.identities.filter((i) => i.accessKeyId === "AKIDEXAMPLE").length, 1);
    assert.equal(r.world.identities.find((i) => i.accessKeyId === "AKIDEXAMPLE")!.secretAccessKey, "other");
  });

  it("drops the defaults when asked", () => {
    const r = parseWorld({ includeDefaultIdentities: false, identities: [] }, now);
    assert.ok(r.ok);
    assert.deepEqual(r.world.identities, []);
  });

  it("treats an identity with a token as temporary and keeps its token version", () => {
    const r = parseWorld({ identities: [{ accessKeyId: "ASIAV1", secretAccessKey: "s", sessionToken: "t", tokenVersion: 1, expiresAt: "2099-01-01T00:00:00Z" }] }, now);
    assert.ok(r.ok);
    const id = r.world.identities.at(-1)!;
    assert.equal(id.kind, "temporary");
    assert.equal(id.tokenVersion, 1);
  });

  it("takes the clock and opt-in regions from the JSON", () => {
    const r = parseWorld({ now: "2015-08-30T12:36:00Z", optInRegions: ["xx-test-1"] }, now);
    assert.ok(r.ok);
    assert.equal(r.world.now.toISOString(), "2015-08-30T12:36:00.000Z");
    assert.deepEqual(r.world.optInRegions, ["xx-test-1"]);
  });

  it("names the bad field instead of throwing", () => {
    assert.deepEqual(parseWorld([], now), { ok: false, error: "Invalid world: the world must be a JSON object." });
    assert.deepEqual(parseWorld({ identities: [{ accessKeyId: "A" }] }, now), { ok: false, error: "Invalid world: identities[0].secretAccessKey must be a non-empty string." });
    assert.deepEqual(parseWorld({ now: "yesterday" }, now), { ok: false, error: 'Invalid world: `now` must be an ISO-8601 UTC time such as "2026-01-01T00:00:00Z"; got "yesterday".' });
    assert.deepEqual(parseWorld({ identities: [{ accessKeyId: "A", secretAccessKey: "s", status: "gone" }] }, now), { ok: false, error: 'Invalid world: identities[0].status must be "active" or "inactive"; got "gone".' });
  });
});
