import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseTimelineAttributes } from "../../../../src/components/timeline/parseTimelineAttributes.ts";
import type { TimelineAttributes } from "../../../../src/components/timeline/parseTimelineAttributes.ts";

const none: TimelineAttributes = { "server-time": null, "skew-seconds": null, service: null, "window-minutes": null, "token-expires": null, "presign-expires": null };

describe("parseTimelineAttributes", () => {
  it("takes Lambda's 5-minute window and STS's 15 from the lab's service data", () => {
    assert.equal(parseTimelineAttributes({ ...none, service: "lambda" }).windowMinutes, 5);
    assert.equal(parseTimelineAttributes({ ...none, service: "sts" }).windowMinutes, 15);
  });
  it("lets window-minutes override the service's", () => {
    assert.equal(parseTimelineAttributes({ ...none, service: "sts", "window-minutes": "5" }).windowMinutes, 5);
  });
  it("reads the server time and the skew", () => {
    const t = parseTimelineAttributes({ ...none, "server-time": "2026-01-15T12:00:00Z", "skew-seconds": "-1200" });
    assert.equal(t.serverMs, Date.UTC(2026, 0, 15, 12));
    assert.equal(t.skewSeconds, -1200);
  });
  it("drops the window for an S3 presigned URL only", () => {
    assert.equal(parseTimelineAttributes({ ...none, service: "s3", "presign-expires": "3600" }).windowApplies, false);
    assert.equal(parseTimelineAttributes({ ...none, service: "s3" }).windowApplies, true);
    assert.equal(parseTimelineAttributes({ ...none, service: "sts", "presign-expires": "3600" }).windowApplies, true);
  });
  it("falls back instead of failing on garbage, Object.prototype names and a megabyte of one character", () => {
    const t = parseTimelineAttributes({ "server-time": "x".repeat(1 << 20), "skew-seconds": "abc", service: "__proto__", "window-minutes": "constructor", "token-expires": "toString", "presign-expires": "-5" });
    assert.equal(t.serverMs, Date.UTC(2026, 0, 15, 12));
    assert.equal(t.skewSeconds, 0);
    assert.equal(t.windowMinutes, 15);
    assert.equal(t.tokenExpiresMs, null);
    assert.equal(t.presignExpiresSeconds, null);
  });
  it("adds the reader's server-clock shift to the server time", () => {
    const t = parseTimelineAttributes({ ...none, "server-time": "2026-01-15T12:00:00Z", "server-shift-seconds": "600" });
    assert.equal(t.serverMs, Date.UTC(2026, 0, 15, 12, 10));
  });
});

describe("parseTimelineAttributes: an SDK's own retry", () => {
  it("reads where the SDK signs its retry and who it is", () => {
    const t = parseTimelineAttributes({ ...none, "retry-skew-seconds": "0", "retry-label": "JS v3" });
    assert.deepEqual(t.retry, { skewSeconds: 0, label: "JS v3" });
  });
  it("has no retry without a readable skew, and a plain name without a label", () => {
    assert.equal(parseTimelineAttributes({ ...none, "retry-skew-seconds": "soon" }).retry, null);
    assert.deepEqual(parseTimelineAttributes({ ...none, "retry-skew-seconds": "0", "retry-label": "   " }).retry, { skewSeconds: 0, label: "The SDK" });
  });
});
