import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findRealLookingKeys } from "../../../src/playgroundState/findRealLookingKeys.ts";

const EXAMPLE_IDS = ["AKIDEXAMPLE", "AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIASIGFIXVALID00001", "ASIASIGFIXEXPIRED001"];

describe("findRealLookingKeys", () => {
  it("finds an AKIA or ASIA key that is not an example, once", () => {
    assert.deepEqual(findRealLookingKeys(["AKIASIGFIXLOOKSREAL1", "Credential=AKIASIGFIXLOOKSREAL1/2015 ASIASIGFIXLOOKSREAL2"], EXAMPLE_IDS), [
      "AKIASIGFIXLOOKSREAL1",
      "ASIASIGFIXLOOKSREAL2",
    ]);
  });
  it("ignores the documented examples and other shapes", () => {
    assert.deepEqual(findRealLookingKeys(["AKIAIOSFODNN7EXAMPLE ASIASIGFIXVALID00001 AKIDEXAMPLE AKIA123"], EXAMPLE_IDS), []);
  });
});
