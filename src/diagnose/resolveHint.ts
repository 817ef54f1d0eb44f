import { findGuide, guideHref } from "./findGuide.ts";
import { getMessageMatch } from "./getMessageMatch.ts";
import type { Finding, GuideIndex, GuideLink, Hint } from "./types.ts";

/** The guide cause whose lab scenario is this fault: alone first, then among others; one whose expect fits the hint wins. */
function causeForFaults(hint: Hint, index: GuideIndex): GuideLink | undefined {
  const candidates: Array<{ link: GuideLink; score: number }> = [];
  for (const guide of index.guides) {
    for (const cause of guide.causes) {
      const fault = hint.faults?.find((f) => cause.faults.includes(f));
      if (!fault) continue;
      const alone = cause.faults.length === 1 ? 0 : 2;
      const fits =
        hint.message !== undefined && cause.expect && getMessageMatch(cause.expect.message, hint.message) !== null ? 0 : 1;
      candidates.push({
        link: { slug: guide.slug, title: guide.title, href: guideHref(guide.slug, cause.id), causeId: cause.id, causeTitle: cause.title },
        score: alone + fits,
      });
    }
  }
  return candidates.sort((a, b) => a.score - b.score)[0]?.link;
}

/** The first cause with one of these ids, in the preferred guide first. */
function causeById(ids: string[], index: GuideIndex, preferSlug?: string): GuideLink | undefined {
  const guides = [...index.guides].sort((a, b) => Number(b.slug === preferSlug) - Number(a.slug === preferSlug));
  for (const id of ids) {
    for (const guide of guides) {
      const cause = guide.causes.find((c) => c.id === id);
      if (cause) return { slug: guide.slug, title: guide.title, href: guideHref(guide.slug, cause.id), causeId: cause.id, causeTitle: cause.title };
    }
  }
  return undefined;
}

/**
 * Ties a hint to a guide through the index: by the causes it names (in the guide already found, if it has them),
 * by the lab fault it describes, else by the error AWS would answer.
 */
export function resolveHint(hint: Hint, index: GuideIndex, preferSlug?: string): Finding {
  const finding: Finding = { severity: hint.severity, text: hint.text };
  const named = hint.causes?.length ? causeById(hint.causes, index, preferSlug) : undefined;
  if (named) return { ...finding, guide: named };
  const byFault = hint.faults?.length ? causeForFaults(hint, index) : undefined;
  if (byFault) return { ...finding, guide: byFault };
  if (hint.code === undefined && hint.message === undefined) return finding;
  const match = findGuide({ ...(hint.code ? { code: hint.code } : {}), ...(hint.message !== undefined ? { message: hint.message } : {}) }, index);
  if (!match) return finding;
  const cause = match.causes[0];
  return { ...finding, guide: cause ?? { slug: match.slug, title: match.title, href: match.href } };
}
