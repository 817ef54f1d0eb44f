import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { FAULTS, FRONT_DOOR_FAULTS, getFault } from "../../../../src/lab/faults/index.ts";
import { sharedPath } from "../../../support/sharedDir.ts";

const ids = new Set(
  (JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as { entries: Array<{ id: string }> }).entries.map((e) => e.id),
);

describe("FAULTS", () => {
  it("lists every fault file once, with unique kebab-case ids matching the file names", () => {
    const kebab = (name: string) => name.replace(/([A-Z])/g, "-$1").toLowerCase();
    const files = readdirSync(new URL("../../../../src/lab/faults/", import.meta.url))
      .filter((f) => !["index.ts", "types.ts", "constants.ts", "frontDoorFaults.ts"].includes(f))
      .map((f) => kebab(f.replace(/\.ts$/, "")))
      .sort();
    assert.deepEqual([...FAULTS, ...FRONT_DOOR_FAULTS].map((f) => f.id).sort(), files);
  });
  it("keeps front-door faults out of FAULTS, each naming its door and no catalogue entry", () => {
    for (const fault of FRONT_DOOR_FAULTS) {
      assert.ok(fault.frontDoor, fault.id);
      assert.deepEqual(fault.expected, {}, fault.id);
      assert.ok(!FAULTS.includes(fault), fault.id);
    }
    for (const fault of FAULTS) assert.equal(fault.frontDoor, undefined, fault.id);
  });
  it("starts with the clock faults and ends with DynamoDB Local", () => {
    assert.equal(FAULTS[0]!.id, "clock-skew-behind");
    assert.equal(FAULTS.at(-1)!.id, "dynamodb-local-bad-key");
  });
  it("names only catalogue entries that exist in ../shared/reference", () => {
    for (const fault of FAULTS) {
      for (const id of Object.values(fault.expected)) assert.ok(ids.has(id), `${fault.id}: ${id}`);
    }
  });
});

describe("getFault", () => {
  it("finds a fault by id", () => {
    assert.equal(getFault("wrong-secret")?.title, "Wrong secret access key");
  });
  it("gives undefined for an unknown id", () => {
    assert.equal(getFault("nope"), undefined);
  });
});
