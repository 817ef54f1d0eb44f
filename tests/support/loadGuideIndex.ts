import { createGuideIndex } from "../../src/diagnose/createGuideIndex.ts";
import type { GuideIndex } from "../../src/diagnose/types.ts";
import { guideSchema } from "../../src/schemas/guide.ts";
import { readGuides } from "./readGuides.ts";

/** The diagnose index the site builds: every guide's frontmatter through the schema (defaults filled), as Astro does. */
export function loadGuideIndex(): GuideIndex {
  return createGuideIndex(
    readGuides("errors").map((g) => ({ id: `errors/${g.slug}`, data: { title: g.frontmatter.title as string, guide: guideSchema.parse(g.frontmatter.guide) } })),
  );
}
