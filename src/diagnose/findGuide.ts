import { getMessageMatch } from "./getMessageMatch.ts";
import type { MessageMatch } from "./getMessageMatch.ts";
import type { GuideIndex, GuideIndexEntry, GuideLink, GuideMatch, MatchKind } from "./types.ts";

interface Row {
  guide: GuideIndexEntry;
  /** Rows from a guide's responses come first; a cause's `expect` is only a fallback. */
  fromCause: boolean;
  code: string;
  message: string;
  meaning?: string;
  shortLink: boolean;
}

function rowsOf(index: GuideIndex): Row[] {
  const rows: Row[] = [];
  for (const guide of index.guides) {
    for (const r of guide.responses) rows.push({ guide, fromCause: false, code: r.code, message: r.message, meaning: r.meaning, shortLink: r.shortLink });
    for (const c of guide.causes) if (c.expect) rows.push({ guide, fromCause: true, code: c.expect.code, message: c.expect.message, shortLink: false });
  }
  return rows;
}

/** The best row: a response row before a cause's expect, then the closest message, then the short link's owner, then index order. */
function best(rows: Array<Row & { score: number }>): (Row & { score: number }) | undefined {
  return [...rows].sort(
    (a, b) => Number(a.fromCause) - Number(b.fromCause) || a.score - b.score || Number(b.shortLink) - Number(a.shortLink),
  )[0];
}

const scored = (rows: Row[], message: string) =>
  rows.flatMap((row) => {
    const score: MessageMatch = getMessageMatch(row.message, message);
    return score === null ? [] : [{ ...row, score }];
  });

export const guideHref = (slug: string, causeId?: string) => `/errors/${slug}/${causeId ? `#${causeId}` : ""}`;

/** The causes of a guide whose scenario yields this message (the final period counts), else this code; most likely first. */
export function findCauses(guide: GuideIndexEntry, error: { code?: string; message?: string }): GuideLink[] {
  const scores = guide.causes.map((c) => (c.expect && error.message !== undefined ? getMessageMatch(c.expect.message, error.message) : null));
  const closest = Math.min(...scores.map((s) => (s === null ? Infinity : s)));
  const byMessage = guide.causes.filter((_, i) => scores[i] === closest);
  // No cause yields this exact message (an S3 wording of a cause the lab runs on another service): same code.
  const causes = byMessage.length > 0 || error.code === undefined ? byMessage : guide.causes.filter((c) => c.expect?.code === error.code);
  return causes.map((c) => ({ slug: guide.slug, title: guide.title, href: guideHref(guide.slug, c.id), causeId: c.id, causeTitle: c.title }));
}

/**
 * The guide for an AWS error, from the index only: a guide quoting this code with this message first, then any
 * guide quoting the message (the code may be missing or reworded by an SDK), then the guide owning the code.
 */
export function findGuide(error: { code?: string; message?: string }, index: GuideIndex): GuideMatch | undefined {
  const rows = rowsOf(index);
  let hit: Row | undefined;
  let matchedBy: MatchKind | undefined;
  if (error.message !== undefined) {
    const withCode = error.code ? best(scored(rows.filter((r) => r.code === error.code), error.message)) : undefined;
    const any = withCode ?? best(scored(rows, error.message));
    if (any) [hit, matchedBy] = [any, withCode ? "code-and-message" : "message"];
  }
  if (!hit && error.code) {
    const sameCode = rows.filter((r) => r.code === error.code);
    hit = sameCode.find((r) => r.shortLink) ?? sameCode[0];
    matchedBy = "code";
  }
  if (!hit || !matchedBy) return undefined;
  const { guide } = hit;
  // Found by its code alone while carrying a message the guide does not quote: no cause is implied by the code.
  const causes = matchedBy === "code" && error.message !== undefined ? [] : findCauses(guide, matchedBy === "code" ? { code: error.code } : error);
  const related = matchedBy === "code" ? [] : index.guides.filter((g) => g.slug !== guide.slug).flatMap((g) => findCauses(g, { message: error.message! }));
  return {
    slug: guide.slug,
    title: guide.title,
    href: guideHref(guide.slug),
    matchedBy,
    ...(hit.meaning && matchedBy !== "code" ? { meaning: hit.meaning } : {}),
    causes,
    related,
  };
}
