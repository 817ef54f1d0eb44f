import { formatDuration } from "./formatDuration.ts";

export interface SkewDescription {
  /** Request time minus server clock, in seconds. */
  skewSeconds: number;
  /** The service's allowed skew, in minutes. */
  windowMinutes: number;
  /** false when the window does not apply (an S3 presigned URL is judged by its expiry instead). */
  windowApplies: boolean;
}

/**
 * Whether the request time falls inside the service's window. The edge counts as inside, as the lab's
 * checkClockSkew judges it (src/lab/verify/checks/checkClockSkew.ts: outside only when strictly beyond).
 */
export function isInsideWindow({ skewSeconds, windowMinutes }: Pick<SkewDescription, "skewSeconds" | "windowMinutes">): boolean {
  return Math.abs(skewSeconds) <= windowMinutes * 60;
}

/**
 * The sentence a screen reader hears for the request-time slider (its aria-valuetext), for example
 * "request 20 minutes behind the server: outside the 15-minute window".
 */
export function describeSkew(d: SkewDescription): string {
  const skew = Number.isFinite(d.skewSeconds) ? Math.round(d.skewSeconds) : 0;
  const where = skew === 0 ? "request on time with the server" : `request ${formatDuration(skew)} ${skew < 0 ? "behind" : "ahead of"} the server`;
  if (!d.windowApplies) return `${where}: no skew window applies, the URL's expiry decides`;
  const inside = isInsideWindow({ skewSeconds: skew, windowMinutes: d.windowMinutes });
  return `${where}: ${inside ? "inside" : "outside"} the ${d.windowMinutes}-minute window`;
}
