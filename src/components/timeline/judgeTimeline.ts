import { MAX_PRESIGNED_TTL } from "../../lab/index.ts";
import { isInsideWindow } from "./describeSkew.ts";

/** The times the timeline draws, in one value (parsed once from the element's attributes). */
export interface TimelineTimes {
  /** The server's clock, epoch ms. */
  serverMs: number;
  /** Request time (X-Amz-Date) minus server clock, seconds. */
  skewSeconds: number;
  /** The service's allowed skew, minutes (SERVICES[id].skewWindowMinutes). */
  windowMinutes: number;
  /** false for an S3 presigned URL: S3 judges it by its expiry, not by the window (checkClockSkew.ts). */
  windowApplies: boolean;
  /** When the session token expires, epoch ms; null without a token. */
  tokenExpiresMs: number | null;
  /** A presigned URL's X-Amz-Expires, seconds; null for a header-signed request. */
  presignExpiresSeconds: number | null;
  /** Where an SDK that corrects its clock signs its retry (request minus server, seconds), if one does. */
  retry?: { skewSeconds: number; label: string } | null;
}

export interface TimelineVerdict {
  insideWindow: boolean;
  tokenExpired: boolean;
  /** The server clock is past X-Amz-Date + X-Amz-Expires. */
  presignExpired: boolean;
  /** X-Amz-Expires is over the 7-day cap (604800 s): AWS refuses the URL whatever the time. */
  presignOverCap: boolean;
  accepted: boolean;
  /** The request times (epoch ms) the server would accept, given its clock; null when none would. */
  acceptedRange: { startMs: number; endMs: number } | null;
}

/** What the server decides about time alone, and the request times that would pass: the shaded verdict zone. */
export function judgeTimeline(t: TimelineTimes): TimelineVerdict {
  const requestMs = t.serverMs + t.skewSeconds * 1000;
  const insideWindow = !t.windowApplies || isInsideWindow(t);
  const tokenExpired = t.tokenExpiresMs !== null && t.serverMs > t.tokenExpiresMs;
  const expires = t.presignExpiresSeconds;
  const presignOverCap = expires !== null && expires > MAX_PRESIGNED_TTL;
  const presignExpired = expires !== null && t.serverMs > requestMs + expires * 1000;
  let startMs = -Infinity;
  let endMs = Infinity;
  if (t.windowApplies) {
    startMs = t.serverMs - t.windowMinutes * 60_000;
    endMs = t.serverMs + t.windowMinutes * 60_000;
  }
  if (expires !== null) startMs = Math.max(startMs, t.serverMs - expires * 1000);
  const none = tokenExpired || presignOverCap || startMs > endMs;
  return {
    insideWindow,
    tokenExpired,
    presignExpired,
    presignOverCap,
    accepted: insideWindow && !tokenExpired && !presignExpired && !presignOverCap,
    acceptedRange: none ? null : { startMs, endMs },
  };
}
