import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fitDomain, layoutTimeline, PAD_X } from "../../../../src/components/timeline/layoutTimeline.ts";
import type { TimelineTimes } from "../../../../src/components/timeline/judgeTimeline.ts";

const SERVER = Date.UTC(2026, 0, 15, 12, 0, 0);
const base: TimelineTimes = { serverMs: SERVER, skewSeconds: 0, windowMinutes: 15, windowApplies: true, tokenExpiresMs: null, presignExpiresSeconds: null };

describe("fitDomain", () => {
  it("shows twice the window either side of the server clock when nothing is farther", () => {
    assert.deepEqual(fitDomain(base), { startMs: SERVER - 30 * 60_000, endMs: SERVER + 30 * 60_000 });
  });
  it("widens to show a request 2 hours behind, with room", () => {
    const d = fitDomain({ ...base, skewSeconds: -7200 });
    assert.ok(d.startMs < SERVER - 7200_000);
  });
  it("does not stretch to a token that expires in 73 years", () => {
    assert.deepEqual(fitDomain({ ...base, tokenExpiresMs: Date.UTC(2099, 0, 1) }), { startMs: SERVER - 30 * 60_000, endMs: SERVER + 30 * 60_000 });
  });
});

describe("layoutTimeline", () => {
  it("puts the server clock in the middle and the window at a quarter either side for 600 px", () => {
    const l = layoutTimeline(base, 600);
    assert.equal(l.server.x, 300);
    assert.deepEqual(l.window, { x0: 20 + 560 / 4, x1: 20 + (560 * 3) / 4 });
  });
  it("places a request 20 minutes behind left of the window, in the refused zone", () => {
    const l = layoutTimeline({ ...base, skewSeconds: -1200 }, 600);
    assert.ok(l.request.x < l.window!.x0, `${l.request.x} < ${l.window!.x0}`);
    const zone = l.zones.find((z) => z.x0 <= l.request.x && l.request.x <= z.x1)!;
    assert.equal(zone.accepted, false);
  });
  it("splits the band into refused, accepted, refused, covering the whole width", () => {
    const l = layoutTimeline(base, 600);
    assert.deepEqual(l.zones.map((z) => z.accepted), [false, true, false]);
    assert.equal(l.zones[0]!.x0, PAD_X);
    assert.equal(l.zones.at(-1)!.x1, 600 - PAD_X);
  });
  it("shades the whole band refused once the token has expired", () => {
    const l = layoutTimeline({ ...base, tokenExpiresMs: SERVER - 60_000 }, 600);
    assert.deepEqual(l.zones.map((z) => z.accepted), [false]);
    assert.equal(l.token!.expired, true);
  });
  it("draws a far token expiry at the right edge, marked off scale", () => {
    const l = layoutTimeline({ ...base, tokenExpiresMs: Date.UTC(2099, 0, 1) }, 600);
    assert.deepEqual({ x: l.token!.x, offscale: l.token!.offscale }, { x: 580, offscale: 1 });
  });
  it("adds one row for the token and one for a presigned URL", () => {
    const plain = layoutTimeline(base, 600).height;
    const both = layoutTimeline({ ...base, tokenExpiresMs: SERVER, presignExpiresSeconds: 600 }, 600);
    assert.equal(both.height, plain + 72);
    assert.ok(both.rows.presignY! > both.rows.tokenY!);
  });
  it("ends a presigned URL's bar at X-Amz-Date + X-Amz-Expires and puts the 7-day cap off scale", () => {
    const l = layoutTimeline({ ...base, windowApplies: false, presignExpiresSeconds: 600 }, 600);
    assert.ok(l.presign!.end.x > l.presign!.start.x);
    assert.equal(l.presign!.cap.offscale, 1);
  });
  it("keeps ticks at least 72 px apart, inside the drawing, with 0 at the server clock", () => {
    const l = layoutTimeline(base, 390);
    for (let i = 1; i < l.ticks.length; i++) assert.ok(l.ticks[i]!.x - l.ticks[i - 1]!.x >= 72);
    assert.equal(l.ticks.find((t) => t.label === "0")!.x, l.server.x);
  });
  it("keeps a given domain (as during a drag) instead of refitting", () => {
    const domain = { startMs: SERVER - 3600_000, endMs: SERVER + 3600_000 };
    assert.deepEqual(layoutTimeline({ ...base, skewSeconds: -1200 }, 600, domain).domain, domain);
  });
  it("survives a zero or NaN width", () => {
    assert.equal(layoutTimeline(base, Number.NaN).width, 200);
    assert.equal(layoutTimeline(base, 0).width, 200);
  });
});

describe("layoutTimeline: an SDK's own retry", () => {
  it("puts a retry at server time on the server clock's x", () => {
    const l = layoutTimeline({ ...base, skewSeconds: -1200, retry: { skewSeconds: 0, label: "JS v3" } }, 600);
    assert.equal(l.retry!.x, l.server.x);
    assert.equal(layoutTimeline(base, 600).retry, null);
  });
});
