import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { judgeTimeline } from "../../../../src/components/timeline/judgeTimeline.ts";
import type { TimelineTimes } from "../../../../src/components/timeline/judgeTimeline.ts";

const SERVER = Date.UTC(2026, 0, 15, 12, 0, 0);
const base: TimelineTimes = { serverMs: SERVER, skewSeconds: 0, windowMinutes: 15, windowApplies: true, tokenExpiresMs: null, presignExpiresSeconds: null };

describe("judgeTimeline", () => {
  it("accepts request times within 15 minutes either side of the server clock", () => {
    const v = judgeTimeline(base);
    assert.equal(v.accepted, true);
    assert.deepEqual(v.acceptedRange, { startMs: Date.UTC(2026, 0, 15, 11, 45), endMs: Date.UTC(2026, 0, 15, 12, 15) });
  });
  it("refuses a request 20 minutes behind", () => {
    const v = judgeTimeline({ ...base, skewSeconds: -1200 });
    assert.equal(v.insideWindow, false);
    assert.equal(v.accepted, false);
  });
  it("refuses everything once the server clock passes the token's expiry", () => {
    const v = judgeTimeline({ ...base, tokenExpiresMs: SERVER - 1000 });
    assert.equal(v.tokenExpired, true);
    assert.equal(v.acceptedRange, null);
  });
  it("keeps a token valid up to and including its expiry instant", () => {
    assert.equal(judgeTimeline({ ...base, tokenExpiresMs: SERVER }).tokenExpired, false);
  });
  it("expires a presigned URL X-Amz-Expires seconds after its X-Amz-Date", () => {
    const s3 = { ...base, windowApplies: false, presignExpiresSeconds: 900 };
    assert.equal(judgeTimeline({ ...s3, skewSeconds: -900 }).presignExpired, false);
    assert.equal(judgeTimeline({ ...s3, skewSeconds: -901 }).presignExpired, true);
    assert.deepEqual(judgeTimeline(s3).acceptedRange, { startMs: Date.UTC(2026, 0, 15, 11, 45), endMs: Infinity });
  });
  it("refuses X-Amz-Expires over 604800 seconds, the 7-day cap, whatever the time", () => {
    const v = judgeTimeline({ ...base, windowApplies: false, presignExpiresSeconds: 604801 });
    assert.equal(v.presignOverCap, true);
    assert.equal(v.accepted, false);
    assert.equal(judgeTimeline({ ...base, windowApplies: false, presignExpiresSeconds: 604800 }).presignOverCap, false);
  });
});
