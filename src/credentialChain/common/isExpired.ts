/** True when `expiresAt` is at or before `now` plus `windowMs` (both ISO-8601). An unparseable time counts as expired. */
export function isExpired(expiresAt: string, now: string, windowMs = 0): boolean {
  const end = Date.parse(expiresAt);
  const at = Date.parse(now);
  if (Number.isNaN(end)) return true;
  return end - at <= windowMs;
}
