import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitTarget } from "../../../../src/lab/request/splitTarget.ts";

describe("splitTarget", () => {
  it("splits at the first question mark", () => {
    assert.deepEqual(splitTarget("/a/b?x=1?y"), { path: "/a/b", query: "x=1?y" });
  });
  it("gives a null query when there is no question mark", () => {
    assert.deepEqual(splitTarget("/example space/"), { path: "/example space/", query: null });
  });
  it("gives an empty query for a bare question mark", () => {
    assert.deepEqual(splitTarget("/?"), { path: "/", query: "" });
  });
});
