import { guideHref } from "./findGuide.ts";
import type { GuideIndexEntry, GuideLink, Hint } from "./types.ts";

/** How much one piece of evidence weighs: a hint naming the cause outweighs the error merely being one it yields. */
const NAMED = 3;
const BY_FAULT = 2;
const YIELDS_ERROR = 1;
const DEMOTED = -4;

/**
 * A guide's causes ranked by what the paste shows. `base` are the causes whose lab scenario yields this very error
 * (in the guide's order); hints add weight to the causes they name or whose faults they describe, and take it from
 * those they rule out. When everything a hint could say was ruled out, the guide's other causes for the same code
 * come back. `undecided` says that nothing in the paste tells the leading causes apart.
 */
export function rankCauses(guide: GuideIndexEntry, base: GuideLink[], hints: Hint[], code?: string): { causes: GuideLink[]; undecided: boolean } {
  const score = new Map<string, number>();
  const evidence = new Set<string>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  base.forEach((c) => add(c.causeId!, YIELDS_ERROR));
  for (const hint of hints) {
    for (const cause of guide.causes) {
      if (hint.causes?.includes(cause.id)) (add(cause.id, NAMED), evidence.add(cause.id));
      else if (hint.faults?.some((f) => cause.faults.includes(f))) (add(cause.id, BY_FAULT), evidence.add(cause.id));
      if (hint.demote?.includes(cause.id)) add(cause.id, DEMOTED);
    }
  }
  const best = Math.max(0, ...score.values());
  if (best <= 0 && base.length > 0) {
    for (const cause of guide.causes) if (!score.has(cause.id) && (!code || cause.expect?.code === code)) add(cause.id, YIELDS_ERROR / 2);
  }
  const order = (id: string) => guide.causes.findIndex((c) => c.id === id);
  const ranked = [...score.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]))
    .map(([id]) => guide.causes.find((c) => c.id === id)!);
  const causes = ranked.map((c) => ({ slug: guide.slug, title: guide.title, href: guideHref(guide.slug, c.id), causeId: c.id, causeTitle: c.title }));
  const top = ranked[0] ? score.get(ranked[0].id)! : 0;
  const undecided = ranked.length > 1 && !evidence.has(ranked[0]!.id) && score.get(ranked[1]!.id) === top;
  return { causes, undecided };
}
