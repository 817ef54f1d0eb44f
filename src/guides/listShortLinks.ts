export interface GuideEntryLike {
  id: string;
  filePath?: string;
  data: { title: string; guide?: { responses: Array<{ code: string; shortLink: boolean; message: string; status: number }> } };
}

export interface ShortLink {
  code: string;
  /** Site path of the guide, e.g. `/errors/security-token-invalid/`. */
  target: string;
  title: string;
  messages: string[];
}

/**
 * Short links `/e/<Code>` come from guide frontmatter, never from a hand-kept list.
 * A code listed by several guides belongs to the one that claims it (`shortLink` true); two claims fail the build.
 */
export function listShortLinks(entries: GuideEntryLike[]): ShortLink[] {
  const links = new Map<string, ShortLink>();
  for (const entry of entries) {
    for (const response of entry.data.guide?.responses ?? []) {
      if (!response.shortLink) continue;
      const target = `/${entry.id}/`;
      const existing = links.get(response.code);
      if (existing && existing.target !== target) {
        throw new Error(
          `Short link /e/${response.code} is claimed by ${existing.target} and by ${target} (${entry.filePath}). ` +
            `Set \`shortLink: false\` on the response in one of them.`,
        );
      }
      const link = existing ?? { code: response.code, target, title: entry.data.title, messages: [] };
      if (!link.messages.includes(response.message)) link.messages.push(response.message);
      links.set(response.code, link);
    }
  }
  return [...links.values()].sort((a, b) => a.code.localeCompare(b.code));
}
