import { EXAMPLE_SERVER_NOW, SERVICES } from "../../lab/index.ts";
import type { ServiceId } from "../../lab/index.ts";
import type { TimelineTimes } from "./judgeTimeline.ts";

/** The range of the request-time slider: a day either way of the server clock, in seconds. */
export const MIN_SKEW_SECONDS = -86_400;
export const MAX_SKEW_SECONDS = 86_400;
/** Beyond ~30 years either way a time no longer means anything here (and Date would overflow far later). */
const MAX_INPUT_SECONDS = 1e9;

/** The element's attributes, as strings (null when absent). */
export interface TimelineAttributes {
  "server-time": string | null;
  "skew-seconds": string | null;
  service: string | null;
  "window-minutes": string | null;
  "token-expires": string | null;
  "presign-expires": string | null;
  "server-shift-seconds"?: string | null;
  "retry-skew-seconds"?: string | null;
  "retry-label"?: string | null;
}

const finite = (text: string | null): number | null => {
  if (text === null || text.trim() === "" || text.length > 40) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};
const time = (text: string | null): number | null => {
  if (text === null || text.length > 40) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
};

/**
 * Reads the attributes once, at the door. Anything unreadable falls back (server time: the lab's example time;
 * skew: 0; window: the service's, else 15), so bad input draws a sensible timeline instead of nothing.
 * The window comes from the lab's service data (src/lab/world/services.ts `skewWindowMinutes`) unless
 * `window-minutes` overrides it; an S3 presigned URL has no window (S3 judges it by its expiry).
 */
export function parseTimelineAttributes(a: TimelineAttributes): TimelineTimes & { serverShiftSeconds: number; retry: { skewSeconds: number; label: string } | null } {
  const service = a.service !== null && Object.hasOwn(SERVICES, a.service) ? SERVICES[a.service as ServiceId] : null;
  const override = finite(a["window-minutes"]);
  const windowMinutes = override !== null && override > 0 && override <= 24 * 60 ? override : (service?.skewWindowMinutes ?? 15);
  const skew = finite(a["skew-seconds"]) ?? 0;
  const presign = finite(a["presign-expires"]);
  const presignExpiresSeconds = presign !== null && presign >= 0 ? Math.round(presign) : null;
  const shift = finite(a["server-shift-seconds"] ?? null) ?? 0;
  return {
    serverMs: (time(a["server-time"]) ?? Date.parse(EXAMPLE_SERVER_NOW)) + clampSkew(shift) * 1000,
    // Not clamped to the slider's range: a skew of days is drawn off the edge, and said exactly.
    skewSeconds: Math.max(-MAX_INPUT_SECONDS, Math.min(MAX_INPUT_SECONDS, Math.round(skew))),
    windowMinutes,
    windowApplies: !(service?.id === "s3" && presignExpiresSeconds !== null),
    tokenExpiresMs: time(a["token-expires"]),
    presignExpiresSeconds,
    serverShiftSeconds: clampSkew(shift),
    retry: retryOf(a),
  };
}

/** An SDK's own retry (src/sdkOutput behaviour.correctedSkewSeconds): where it signs next, and who does it. */
function retryOf(a: TimelineAttributes): { skewSeconds: number; label: string } | null {
  const skew = finite(a["retry-skew-seconds"] ?? null);
  if (skew === null) return null;
  const label = (a["retry-label"] ?? "").trim().slice(0, 40) || "The SDK";
  return { skewSeconds: Math.max(-MAX_INPUT_SECONDS, Math.min(MAX_INPUT_SECONDS, Math.round(skew))), label };
}

export function clampSkew(seconds: number): number {
  return Math.min(MAX_SKEW_SECONDS, Math.max(MIN_SKEW_SECONDS, Math.round(seconds)));
}
