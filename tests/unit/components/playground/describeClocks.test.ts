import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeClocks } from "../../../../src/components/playground/describeClocks.ts";

describe("describeClocks", () => {
  it("gives the client's time and how far it is from AWS's", () => {
    assert.equal(describeClocks("2026-01-15T12:00:00Z", 1200), "Your clock: 12:20:00 UTC, 20 min ahead of AWS's.");
    assert.equal(describeClocks("2026-01-15T12:00:00Z", -3900), "Your clock: 10:55:00 UTC, 1 h 5 min behind AWS's.");
    assert.equal(describeClocks("2026-01-15T12:00:00Z", 0), "Your clock: 12:00:00 UTC, the same as AWS's.");
  });

  it("adds the date when the client is on another day", () => {
    assert.equal(describeClocks("2026-01-15T12:00:00Z", 86400), "Your clock: 2026-01-16 12:00:00 UTC, 24 h ahead of AWS's.");
  });

  it("says so, instead of throwing, when the skew leaves the dates a signer can write", () => {
    assert.match(describeClocks("2026-01-15T12:00:00Z", 1e16), /outside any date/);
    assert.equal(describeClocks("not a date", 0), "");
  });
});
