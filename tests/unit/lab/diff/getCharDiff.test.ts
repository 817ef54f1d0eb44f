import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getCharDiff } from "../../../../src/lab/diff/getCharDiff.ts";

describe("getCharDiff", () => {
  it("splits two strings into common prefix, differing middles and common suffix", () => {
    assert.deepEqual(getCharDiff("/example%20space/", "/example%2520space/"), {
      prefix: "/example%2",
      ours: "",
      theirs: "52",
      suffix: "0space/",
    });
  });
  it("does not let prefix and suffix overlap when one string contains the other", () => {
    assert.deepEqual(getCharDiff("aa", "aaa"), { prefix: "aa", ours: "", theirs: "a", suffix: "" });
  });
  it("gives empty middles for equal strings", () => {
    assert.deepEqual(getCharDiff("x", "x"), { prefix: "x", ours: "", theirs: "", suffix: "" });
  });
});
