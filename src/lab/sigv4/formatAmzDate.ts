/** `20150830T123600Z` and `20150830` for an instant (UTC, seconds truncated as smithy does). */
export function formatAmzDate(date: Date): { longDate: string; shortDate: string } {
  const longDate = date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
  return { longDate, shortDate: longDate.slice(0, 8) };
}
