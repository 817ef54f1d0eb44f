import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQueryPairs } from "../../../../src/lab/request/parseQueryPairs.ts";

describe("parseQueryPairs", () => {
  it("decodes each name and value once and keeps arrival order and repeats", () => {
    assert.deepEqual(parseQueryPairs("b=2&a=%41%20x&b=1"), [["b", "2"], ["a", "A x"], ["b", "1"]]);
  });

  it("reads + as a space and %2B as a plus, as AWS's front doors do", () => {
    assert.deepEqual(parseQueryPairs("q=a+b&p=c%2Bd"), [["q", "a b"], ["p", "c+d"]]);
  });

  it("gives an empty value to a name without = and skips empty pieces", () => {
    assert.deepEqual(parseQueryPairs("flag&&x="), [["flag", ""], ["x", ""]]);
  });

  it("keeps a stray % literal instead of throwing", () => {
    assert.deepEqual(parseQueryPairs("p=100%"), [["p", "100%"]]);
  });

  it("reads nothing from no query", () => {
    assert.deepEqual(parseQueryPairs(null), []);
  });
});
