/** RFC 1123 / IMF-fixdate, the form of the HTTP `Date` header: `Mon, 05 Aug 2024 06:34:17 GMT`. */
export function formatHttpDate(date: Date): string {
  // ECMAScript fixes toUTCString to exactly this layout (ES2018+).
  return date.toUTCString();
}
