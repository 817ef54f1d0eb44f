/**
 * The time line: <sf-timeline>, an SVG of the server clock, the request time (X-Amz-Date), the service's skew
 * window, a session token's expiry and a presigned URL's lifetime (7-day cap), with the verdict zone shaded.
 *
 * Use: `defineTimeline()` once, then
 *   <sf-timeline server-time="2026-01-15T12:00:00Z" skew-seconds="-1200" service="sts"
 *                token-expires="2026-01-15T12:30:00Z" presign-expires="3600"></sf-timeline>
 * Attributes (each also a property): server-time (ISO), skew-seconds (request minus server), service (lab id: picks
 * skewWindowMinutes), window-minutes (override), token-expires (ISO), presign-expires (X-Amz-Expires seconds),
 * server-shift-seconds (how far the reader dragged the server clock; set 0 to reset), retry-skew-seconds and
 * retry-label (an SDK that corrects its clock and retries by itself, from src/sdkOutput's
 * behaviour.correctedSkewSeconds: drawn as an arrow to where it signs again, e.g. retry-label="JS v3").
 * Dragging a handle, or its keys (arrows: a minute, PageUp/PageDown: an hour, Home/End: ±1 day), dispatches
 * 'change' with a TimelineChangeDetail ({ offsetSeconds, serverShiftSeconds, source }) and updates the attributes.
 * Both handles are role="slider" with aria-valuenow in minutes and aria-valuetext such as
 * "request 20 minutes behind the server: outside the 15-minute window".
 */
export { defineTimeline, SfTimeline } from "./defineTimeline.ts";
export type { TimelineChangeDetail } from "./defineTimeline.ts";
export { describeSkew } from "./describeSkew.ts";
export { judgeTimeline } from "./judgeTimeline.ts";
export type { TimelineTimes, TimelineVerdict } from "./judgeTimeline.ts";
export { layoutTimeline } from "./layoutTimeline.ts";
export { parseTimelineAttributes } from "./parseTimelineAttributes.ts";
