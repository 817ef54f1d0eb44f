import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeSkew, isInsideWindow } from "../../../../src/components/timeline/describeSkew.ts";

describe("describeSkew", () => {
  it("says a request 20 minutes behind the server is outside STS's 15-minute window (the issue's wording)", () => {
    assert.equal(describeSkew({ skewSeconds: -1200, windowMinutes: 15, windowApplies: true }), "request 20 minutes behind the server: outside the 15-minute window");
  });
  it("says a request 3 minutes ahead is inside the window", () => {
    assert.equal(describeSkew({ skewSeconds: 180, windowMinutes: 15, windowApplies: true }), "request 3 minutes ahead of the server: inside the 15-minute window");
  });
  it("uses Lambda's 5-minute window when given one", () => {
    assert.equal(describeSkew({ skewSeconds: 360, windowMinutes: 5, windowApplies: true }), "request 6 minutes ahead of the server: outside the 5-minute window");
  });
  it("says on time for no skew", () => {
    assert.equal(describeSkew({ skewSeconds: 0, windowMinutes: 15, windowApplies: true }), "request on time with the server: inside the 15-minute window");
  });
  it("gives hours and minutes for a long skew, singular where one", () => {
    assert.equal(describeSkew({ skewSeconds: -3900, windowMinutes: 15, windowApplies: true }), "request 1 hour 5 minutes behind the server: outside the 15-minute window");
  });
  it("says no window applies to an S3 presigned URL", () => {
    assert.equal(describeSkew({ skewSeconds: -1200, windowMinutes: 15, windowApplies: false }), "request 20 minutes behind the server: no skew window applies, the URL's expiry decides");
  });
  it("reads a non-number skew as on time instead of printing NaN", () => {
    assert.equal(describeSkew({ skewSeconds: Number.NaN, windowMinutes: 15, windowApplies: true }), "request on time with the server: inside the 15-minute window");
  });
});

describe("isInsideWindow", () => {
  it("counts the edge, exactly 15 minutes, as inside", () => {
    assert.equal(isInsideWindow({ skewSeconds: -900, windowMinutes: 15 }), true);
    assert.equal(isInsideWindow({ skewSeconds: 900, windowMinutes: 15 }), true);
  });
  it("counts one second beyond the edge as outside", () => {
    assert.equal(isInsideWindow({ skewSeconds: -901, windowMinutes: 15 }), false);
    assert.equal(isInsideWindow({ skewSeconds: 901, windowMinutes: 15 }), false);
  });
});
