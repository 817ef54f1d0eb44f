import { MAX_PRESIGNED_TTL } from "../../lab/index.ts";
import { judgeTimeline } from "./judgeTimeline.ts";
import type { TimelineTimes, TimelineVerdict } from "./judgeTimeline.ts";
import { formatShortOffset } from "./formatShortOffset.ts";

/** Epoch-ms range the axis shows. */
export interface Domain {
  startMs: number;
  endMs: number;
}
/** A point on the axis; `offscale` -1/1 when it lies left/right of the view (drawn at the edge with an arrow). */
export interface AxisPoint {
  x: number;
  offscale: -1 | 0 | 1;
}
export interface TimelineLayout {
  width: number;
  height: number;
  domain: Domain;
  verdict: TimelineVerdict;
  /** Rows, top to bottom (y of each row's centre line or top). */
  rows: { labelY: number; serverHandleY: number; bandTop: number; bandBottom: number; requestHandleY: number; requestLabelY: number; tickLabelY: number; tokenY: number | null; presignY: number | null };
  server: AxisPoint;
  request: AxisPoint;
  /** The allowed window, clipped to the view; null when it does not apply. */
  window: { x0: number; x1: number } | null;
  /** The band split into accepted and refused request times (the verdict zone). */
  zones: Array<{ x0: number; x1: number; accepted: boolean }>;
  ticks: Array<{ x: number; label: string }>;
  token: (AxisPoint & { expired: boolean }) | null;
  presign: { start: AxisPoint; end: AxisPoint; cap: AxisPoint; overCap: boolean; expired: boolean } | null;
  /** An SDK's corrected retry, on the request's row. */
  retry: AxisPoint | null;
  /** Pixels per second of the axis, to turn a drag into seconds. */
  pxPerSecond: number;
}

export const PAD_X = 20;
/** The view never spans more than this either side of the server clock; farther points sit at the edge. */
export const MAX_HALF_SPAN_SECONDS = 26 * 3600;
const ROW = 36;
const TICK_STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];
const MIN_TICK_SPACING_PX = 72;

/** The view: centred on the server clock, wide enough for the window, the request and near token/URL ends. */
export function fitDomain(t: TimelineTimes): Domain {
  const far = (seconds: number) => (Math.abs(seconds) <= MAX_HALF_SPAN_SECONDS ? Math.abs(seconds) * 1.1 : 0);
  const half = Math.min(
    MAX_HALF_SPAN_SECONDS,
    Math.max(
      (t.windowApplies ? t.windowMinutes * 2 : 30) * 60,
      Math.abs(t.skewSeconds) * 1.25 + 300,
      t.tokenExpiresMs === null ? 0 : far((t.tokenExpiresMs - t.serverMs) / 1000),
      t.presignExpiresSeconds === null ? 0 : far(t.skewSeconds + Math.min(t.presignExpiresSeconds, MAX_PRESIGNED_TTL)),
    ),
  );
  return { startMs: t.serverMs - half * 1000, endMs: t.serverMs + half * 1000 };
}

/** Pure geometry of the timeline for a width in CSS pixels: every x, y and label the element draws. */
export function layoutTimeline(t: TimelineTimes, width: number, domain: Domain = fitDomain(t)): TimelineLayout {
  const w = Math.max(200, Number.isFinite(width) ? width : 200);
  const spanMs = Math.max(1, domain.endMs - domain.startMs);
  const pxPerMs = (w - 2 * PAD_X) / spanMs;
  const rawX = (ms: number) => PAD_X + (ms - domain.startMs) * pxPerMs;
  const clampX = (x: number) => Math.min(w - PAD_X, Math.max(PAD_X, x));
  const point = (ms: number): AxisPoint => {
    const x = rawX(ms);
    return { x: clampX(x), offscale: x < PAD_X - 0.5 ? -1 : x > w - PAD_X + 0.5 ? 1 : 0 };
  };
  const verdict = judgeTimeline(t);
  const requestMs = t.serverMs + t.skewSeconds * 1000;
  let y = 0;
  const rows = { labelY: 12, serverHandleY: 26, bandTop: 34, bandBottom: 34 + ROW, requestHandleY: 34 + ROW + 8, requestLabelY: 34 + ROW + 32, tickLabelY: 34 + ROW + 52, tokenY: null as number | null, presignY: null as number | null };
  y = rows.tickLabelY + 14;
  if (t.tokenExpiresMs !== null) {
    rows.tokenY = y + 16;
    y += ROW;
  }
  if (t.presignExpiresSeconds !== null) {
    rows.presignY = y + 16;
    y += ROW;
  }
  const zones: TimelineLayout["zones"] = [];
  const range = verdict.acceptedRange;
  const left = PAD_X, right = w - PAD_X;
  if (!range) zones.push({ x0: left, x1: right, accepted: false });
  else {
    const a = clampX(rawX(range.startMs)), b = clampX(rawX(range.endMs));
    if (a > left) zones.push({ x0: left, x1: a, accepted: false });
    if (b > a) zones.push({ x0: a, x1: b, accepted: true });
    if (right > b) zones.push({ x0: b, x1: right, accepted: false });
  }
  const windowSpan = t.windowApplies
    ? { x0: clampX(rawX(t.serverMs - t.windowMinutes * 60_000)), x1: clampX(rawX(t.serverMs + t.windowMinutes * 60_000)) }
    : null;
  const expires = t.presignExpiresSeconds;
  return {
    width: w,
    height: y + 4,
    domain,
    verdict,
    rows,
    server: point(t.serverMs),
    request: point(requestMs),
    window: windowSpan,
    zones,
    ticks: layoutTicks(domain, t.serverMs, rawX, w),
    token: t.tokenExpiresMs === null ? null : { ...point(t.tokenExpiresMs), expired: verdict.tokenExpired },
    presign:
      expires === null
        ? null
        : {
            start: point(requestMs),
            end: point(requestMs + Math.min(expires, MAX_PRESIGNED_TTL) * 1000),
            cap: point(requestMs + MAX_PRESIGNED_TTL * 1000),
            overCap: verdict.presignOverCap,
            expired: verdict.presignExpired,
          },
    retry: t.retry ? point(t.serverMs + t.retry.skewSeconds * 1000) : null,
    pxPerSecond: pxPerMs * 1000,
  };
}

/** Ticks every 1, 2, 5, 10, 15, 30 minutes… from the server clock, at least MIN_TICK_SPACING_PX apart. */
function layoutTicks(domain: Domain, serverMs: number, x: (ms: number) => number, width: number): TimelineLayout["ticks"] {
  const pxPerMinute = x(domain.startMs + 60_000) - x(domain.startMs);
  const step = TICK_STEPS_MINUTES.find((m) => m * pxPerMinute >= MIN_TICK_SPACING_PX) ?? TICK_STEPS_MINUTES.at(-1)!;
  const ticks: TimelineLayout["ticks"] = [];
  const first = Math.ceil((domain.startMs - serverMs) / (step * 60_000));
  const last = Math.floor((domain.endMs - serverMs) / (step * 60_000));
  for (let i = first; i <= last && ticks.length < 200; i++) {
    const tx = x(serverMs + i * step * 60_000);
    if (tx >= PAD_X - 0.5 && tx <= width - PAD_X + 0.5) ticks.push({ x: tx, label: formatShortOffset(i * step * 60) });
  }
  return ticks;
}
