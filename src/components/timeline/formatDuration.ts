const UNITS: Array<[string, number]> = [
  ["year", 365 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
];

/**
 * A duration in words for people and screen readers: "20 minutes", "1 hour 5 minutes", "7 days"
 * (a year is 365 days: this labels a drawing, it does not compute dates).
 * Whole seconds, sign ignored. At most two adjacent units, from the largest non-zero one ("15 minutes 1 second";
 * 1 hour 0 minutes 5 seconds reads "1 hour"). Not a number reads "0 seconds".
 */
export function formatDuration(seconds: number): string {
  let rest = Number.isFinite(seconds) ? Math.round(Math.abs(seconds)) : 0;
  if (rest === 0) return "0 seconds";
  const parts: string[] = [];
  for (const [name, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n} ${name}${n === 1 ? "" : "s"}`);
    else if (parts.length > 0) break;
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}
