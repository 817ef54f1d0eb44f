const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The last instant formatted: the verifier and the renderers format the same server clock several times. */
let lastMs = Number.NaN;
let last: { longDate: string; shortDate: string } = { longDate: "", shortDate: "" };

/** `20150830T123600Z` and `20150830` for an instant (UTC, seconds truncated as smithy does). */
export function formatAmzDate(date: Date): { longDate: string; shortDate: string } {
  const ms = date.getTime();
  if (ms === lastMs) return last;
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) {
    // toISOString's expanded years (±YYYYYY), digits only, as smithy would write them.
    const longDate = date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
    return { longDate, shortDate: longDate.slice(0, 8) };
  }
  const shortDate = `${pad(year, 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  last = { longDate: `${shortDate}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`, shortDate };
  lastMs = ms;
  return last;
}
