import { readFileSync } from "node:fs";
import { sharedPath } from "../../support/sharedDir.ts";

interface CatalogueEntry {
  id: string;
  code: string;
  httpStatus: number | null;
  messageTemplate: string;
}

const entries: CatalogueEntry[] = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")).entries;

/** The catalogue entry with this id (../shared/reference/aws-auth-errors.json); throws on a typo in a test. */
export function entry(id: string): CatalogueEntry {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no catalogue entry ${id}`);
  return found;
}

/** A message template with its `{…}` placeholders filled in order of the values given, by name. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`no value for ${whole} in ${template}`);
    return values[name]!;
  });
}
