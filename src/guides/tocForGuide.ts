import type { Guide } from "../schemas/guide.ts";

interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

const item = (depth: number, slug: string, text: string, children: TocItem[] = []): TocItem => ({ depth, slug, text, children });

/**
 * Guide pages render some sections from frontmatter (responses, worked example, causes, sources),
 * so Markdown headings alone miss them; this builds the table of contents in the page's order.
 */
export function tocForGuide(guide: Guide, markdownItems: TocItem[]): TocItem[] {
  const [overview, ...body] = markdownItems;
  const causes = guide.causes.map((cause, index) => item(3, cause.id, `${index + 1}. ${cause.title}`));
  const bodyWithCauses = body.map((entry) =>
    entry.slug === "causes" ? { ...entry, children: [...causes, ...entry.children] } : entry,
  );
  const client = guide.clientMessages.length > 0;
  return [
    ...(overview ? [overview] : []),
    ...(client ? [item(2, "exact-messages", "Exact messages")] : []),
    ...(guide.responses.length > 0 ? [item(2, "exact-responses", client ? "What AWS answers" : "Exact responses")] : []),
    item(2, "worked-example", "Worked example"),
    ...bodyWithCauses,
    ...(guide.workedExample ? [item(2, "fixed-request", "The fixed request")] : []),
    item(2, "sources", "Sources"),
  ];
}
