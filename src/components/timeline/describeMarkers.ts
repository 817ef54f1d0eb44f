import { MAX_PRESIGNED_TTL } from "../../lab/index.ts";
import { formatDuration } from "./formatDuration.ts";
import type { TimelineTimes } from "./judgeTimeline.ts";

/** hh:mm:ssZ of an epoch-ms time, or the date when the day differs from the server's. */
function clock(ms: number, serverMs: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return "—";
  const iso = new Date(ms).toISOString();
  const sameDay = Number.isFinite(serverMs) && Math.abs(serverMs) <= 8.64e15 && iso.slice(0, 10) === new Date(serverMs).toISOString().slice(0, 10);
  return sameDay ? `${iso.slice(11, 19)}Z` : `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z`;
}

/** The words drawn beside each mark of the timeline. */
export interface MarkerLabels {
  server: string;
  request: string;
  token: string | null;
  presign: string | null;
  cap: string;
}

export function describeMarkers(t: TimelineTimes): MarkerLabels {
  const requestMs = t.serverMs + t.skewSeconds * 1000;
  let token: string | null = null;
  if (t.tokenExpiresMs !== null) {
    const left = (t.tokenExpiresMs - t.serverMs) / 1000;
    const at = clock(t.tokenExpiresMs, t.serverMs);
    token = left < 0 ? `Token expired ${at} (${formatDuration(left)} ago)` : `Token expires ${at} (in ${formatDuration(left)})`;
  }
  let presign: string | null = null;
  const expires = t.presignExpiresSeconds;
  if (expires !== null) {
    presign =
      expires > MAX_PRESIGNED_TTL
        ? `X-Amz-Expires ${expires} s: over the 7-day cap`
        : `URL valid to ${clock(requestMs + expires * 1000, t.serverMs)} (${formatDuration(expires)})`;
  }
  return {
    server: `Server clock ${clock(t.serverMs, t.serverMs)}`,
    request: `X-Amz-Date ${clock(requestMs, t.serverMs)}`,
    token,
    presign,
    cap: "7-day cap",
  };
}
