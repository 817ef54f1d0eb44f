/** What a GetObject `Range` header asks of an object of `size` bytes. */
export type RangeAsk =
  | { kind: "whole" }
  | { kind: "part"; start: number; end: number }
  | { kind: "unsatisfiable" };

/**
 * Reads `bytes=first-last`, `bytes=first-` or `bytes=-suffix` (RFC 9110 §14.1.2), the forms S3 serves; S3 serves one
 * range only, so a header it cannot use (several ranges, another unit, garbage) gets the whole object, as S3 does
 * (S3 API reference, GetObject: "Amazon S3 doesn't support retrieving multiple ranges of data per GET request").
 * An index scan: no regular expression, linear in the header.
 */
export function parseRange(header: string | undefined, size: number): RangeAsk {
  if (header === undefined) return { kind: "whole" };
  const value = header.trim();
  if (!value.startsWith("bytes=") || value.includes(",")) return { kind: "whole" };
  const spec = value.slice(6).trim();
  const dash = spec.indexOf("-");
  if (dash === -1) return { kind: "whole" };
  const first = spec.slice(0, dash).trim();
  const last = spec.slice(dash + 1).trim();
  if (first === "" && last === "") return { kind: "whole" };
  if (!isDigits(first) || !isDigits(last)) return { kind: "whole" };
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return { kind: "unsatisfiable" };
    return size === 0 ? { kind: "unsatisfiable" } : { kind: "part", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}

function isDigits(s: string): boolean {
  if (s.length > 20) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
