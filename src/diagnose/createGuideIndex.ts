import type { GuideIndex, GuideIndexEntry } from "./types.ts";
import { expandChainCause, indexClientMessages } from "./indexClientMessages.ts";
import type { ClientCauseInput, ClientGuideInput } from "./indexClientMessages.ts";

/** The part of a content-collection entry the index reads (a `getCollection("docs")` entry fits). */
export interface GuideEntryInput {
  id: string;
  data: {
    title: string;
    guide?: ClientGuideInput & {
      responses: Array<{ code: string; message: string; status: number; protocol: string; meaning: string; shortLink: boolean }>;
      causes: Array<ClientCauseInput & { id: string; title: string; scenario?: { faults: string[] }; expect?: { code: string; message: string } }>;
    };
  };
}

/**
 * The diagnose page's index, derived from the guides' frontmatter at build time: only the fields the
 * diagnosis reads, so the page stays light. Entries without a `guide` block (how-tos, home) are skipped.
 */
export function createGuideIndex(entries: GuideEntryInput[]): GuideIndex {
  const guides: GuideIndexEntry[] = [];
  for (const entry of entries) {
    const guide = entry.data.guide;
    if (!guide || !entry.id.startsWith("errors/")) continue;
    guides.push({
      slug: entry.id.slice("errors/".length),
      title: entry.data.title,
      responses: guide.responses.map(({ code, message, status, protocol, meaning, shortLink }) => ({
        code,
        message,
        status,
        protocol,
        meaning,
        shortLink,
      })).concat(indexClientMessages(guide)),
      causes: guide.causes.flatMap((cause) =>
        expandChainCause(guide, cause, {
          id: cause.id,
          title: cause.title,
          faults: cause.scenario?.faults ?? [],
          ...(cause.expect ? { expect: { code: cause.expect.code, message: cause.expect.message } } : {}),
        }),
      ),
    });
  }
  guides.sort((a, b) => a.slug.localeCompare(b.slug));
  return { guides };
}
