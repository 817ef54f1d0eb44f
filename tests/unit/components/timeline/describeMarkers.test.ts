import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeMarkers } from "../../../../src/components/timeline/describeMarkers.ts";
import type { TimelineTimes } from "../../../../src/components/timeline/judgeTimeline.ts";

const SERVER = Date.UTC(2026, 0, 15, 12, 0, 0);
const base: TimelineTimes = { serverMs: SERVER, skewSeconds: -1200, windowMinutes: 15, windowApplies: true, tokenExpiresMs: null, presignExpiresSeconds: null };

describe("describeMarkers", () => {
  it("labels the server clock and the request time in UTC", () => {
    const m = describeMarkers(base);
    assert.equal(m.server, "Server clock 12:00:00Z");
    assert.equal(m.request, "X-Amz-Date 11:40:00Z");
  });
  it("says how long ago the token expired, with the date when it is another day", () => {
    assert.equal(describeMarkers({ ...base, tokenExpiresMs: Date.UTC(2020, 0, 1) }).token, "Token expired 2020-01-01 00:00Z (6 years 16 days ago)");
    assert.equal(describeMarkers({ ...base, tokenExpiresMs: SERVER + 1800_000 }).token, "Token expires 12:30:00Z (in 30 minutes)");
  });
  it("names the presigned URL's end, and the cap when X-Amz-Expires exceeds it", () => {
    assert.equal(describeMarkers({ ...base, presignExpiresSeconds: 3600 }).presign, "URL valid to 12:40:00Z (1 hour)");
    assert.equal(describeMarkers({ ...base, presignExpiresSeconds: 604801 }).presign, "X-Amz-Expires 604801 s: over the 7-day cap");
  });
});
