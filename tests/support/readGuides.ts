import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "./sharedDir.ts";

export interface GuideFile {
  slug: string;
  file: string;
  frontmatter: Record<string, any>;
  body: string;
}

/** Reads the MDX files of a content folder the way a second reader would: YAML frontmatter plus body text. */
export function readGuides(folder = "errors"): GuideFile[] {
  const dir = path.join(REPO_ROOT, "content", folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") || name.endsWith(".md"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const text = readFileSync(file, "utf8");
      const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!match) throw new Error(`${file}: no frontmatter block`);
      return { slug: name.replace(/\.mdx?$/, ""), file, frontmatter: parse(match[1]!), body: match[2]! };
    });
}
