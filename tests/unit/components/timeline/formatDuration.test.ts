import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDuration } from "../../../../src/components/timeline/formatDuration.ts";
import { formatShortOffset } from "../../../../src/components/timeline/formatShortOffset.ts";

describe("formatDuration", () => {
  it("names one unit in the singular and others in the plural", () => {
    assert.equal(formatDuration(60), "1 minute");
    assert.equal(formatDuration(1200), "20 minutes");
    assert.equal(formatDuration(1), "1 second");
  });
  it("keeps two adjacent units at most", () => {
    assert.equal(formatDuration(901), "15 minutes 1 second");
    assert.equal(formatDuration(3 * 86400 + 3600 + 60), "3 days 1 hour");
  });
  it("drops a smaller unit after a zero one", () => {
    assert.equal(formatDuration(3605), "1 hour");
  });
  it("ignores the sign and says 0 seconds for zero or not a number", () => {
    assert.equal(formatDuration(-1200), "20 minutes");
    assert.equal(formatDuration(0), "0 seconds");
    assert.equal(formatDuration(Number.POSITIVE_INFINITY), "0 seconds");
  });
  it("writes seven days as 7 days", () => {
    assert.equal(formatDuration(604800), "7 days");
  });
});

describe("formatShortOffset", () => {
  it("signs tick labels with a true minus and a plus", () => {
    assert.equal(formatShortOffset(-900), "−15 min");
    assert.equal(formatShortOffset(3600), "+1 h");
    assert.equal(formatShortOffset(5400), "+1 h 30 min");
    assert.equal(formatShortOffset(-2 * 86400), "−2 d");
    assert.equal(formatShortOffset(0), "0");
    assert.equal(formatShortOffset(30), "+30 s");
  });
});
