import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDefaultWorld } from "../../../../src/lab/world/defaultWorld.ts";

describe("createDefaultWorld", () => {
  const world = createDefaultWorld(new Date("2026-01-15T12:00:00Z"));

  it("holds exactly the five identities of issue 3's table", () => {
    assert.deepEqual(
      world.identities.map((i) => [i.accessKeyId, i.secretAccessKey, i.sessionToken ?? null, i.kind, i.status, i.expiresAt ?? null]),
      [
        ["AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null, "long-term", "active", null],
        ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null, "long-term", "active", null],
        ["AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", null, "long-term", "inactive", null],
        ["ASIASIGFIXVALID00001", "sigfixValidTemporarySecretKeyEXAMPLE0001", "sigfix-valid-session-token-EXAMPLE", "temporary", "active", "2099-01-01T00:00:00Z"],
        ["ASIASIGFIXEXPIRED001", "sigfixExpiredTemporarySecretKeyEXAMPLE01", "sigfix-expired-session-token-EXAMPLE", "temporary", "active", "2020-01-01T00:00:00Z"],
      ],
    );
  });

  it("uses the server time it is given", () => {
    assert.equal(world.now.toISOString(), "2026-01-15T12:00:00.000Z");
  });

  it("lists the opt-in regions the catalogue's captures name", () => {
    for (const r of ["af-south-1", "ap-east-1", "eu-south-1", "ap-southeast-4", "me-central-1", "eu-south-2"]) assert.ok(world.optInRegions.includes(r), r);
    assert.equal(world.optInRegions.includes("us-east-1"), false);
  });

  it("gives each call its own copy", () => {
    const a = createDefaultWorld(new Date(0));
    a.identities[0]!.status = "inactive";
    assert.equal(createDefaultWorld(new Date(0)).identities[0]!.status, "active");
  });
});
