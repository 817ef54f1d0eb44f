import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { alignByKey } from "../../../../src/lab/diff/alignByKey.ts";

const id = (s: string) => s;

describe("alignByKey", () => {
  it("pairs equal items in order and a replaced item as a change", () => {
    assert.deepEqual(alignByKey(["a", "b", "c"], ["a", "x", "c"], id), [[0, 0], [1, 1], [2, 2]]);
  });
  it("keeps inserted and removed items one-sided when runs are not paired", () => {
    assert.deepEqual(alignByKey(["a", "b", "c"], ["a", "c", "d"], id, { pairRuns: false }), [[0, 0], [1, null], [2, 1], [null, 2]]);
  });
  it("handles empty lists", () => {
    assert.deepEqual(alignByKey([], ["a"], id), [[null, 0]]);
  });
});
