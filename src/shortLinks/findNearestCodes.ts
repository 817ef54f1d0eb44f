import type { ShortLinkTarget } from "./resolveShortLink.ts";

/** Edit distance (insert, delete, substitute) between two short strings, in O(a·b) time and O(b) space. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The codes nearest to what was typed, ignoring case: first those that contain it or that it contains
 * (`SignatureDoesNotMatchError`, `TokenId`), then by edit distance; at most `limit`, and none that share too little.
 */
export function findNearestCodes(typed: string, links: ShortLinkTarget[], limit = 3): ShortLinkTarget[] {
  const t = typed.toLowerCase().slice(0, 80);
  if (t === "") return [];
  const scored = links.map((link) => {
    const c = link.code.toLowerCase();
    const contains = c.includes(t) || t.includes(c);
    return { link, score: contains ? 0 : editDistance(t, c) / Math.max(t.length, c.length) };
  });
  return scored
    .filter((s) => s.score <= 0.5)
    .sort((a, b) => a.score - b.score || a.link.code.localeCompare(b.link.code))
    .slice(0, limit)
    .map((s) => s.link);
}
