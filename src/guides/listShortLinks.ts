export interface GuideEntryLike {
  id: string;
  filePath?: string;
  data: {
    title: string;
    guide?: {
      responses: Array<{ code: string; shortLink: boolean; message: string }>;
      /** Client-side errors (no HTTP response) get short links too: `/e/NoCredentialsError`. */
      clientMessages?: Array<{ code?: string | undefined; shortLink: boolean; message: string }>;
    };
  };
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
    const guide = entry.data.guide;
    for (const response of [...(guide?.responses ?? []), ...(guide?.clientMessages ?? [])]) {
      if (!response.shortLink || response.code === undefined) continue;
      const target = `/${entry.id}/`;
      const existing = links.get(response.code);
      if (existing && existing.target !== target) {
        throw new Error(
          `Short link /e/${response.code} is claimed by ${existing.target} and by ${target} (${entry.filePath}). ` +
            `Set \`shortLink: false\` on the response or client message in one of them.`,
        );
      }
      const link = existing ?? { code: response.code, target, title: entry.data.title, messages: [] };
      if (!link.messages.includes(response.message)) link.messages.push(response.message);
      links.set(response.code, link);
    }
  }
  return [...links.values()].sort((a, b) => a.code.localeCompare(b.code));
}
