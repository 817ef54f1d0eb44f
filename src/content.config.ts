import { defineCollection } from "astro:content";
import { docsLoader, i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { docsExtension } from "./schemas/guide.ts";

// src/content/docs is a symlink to the top-level content/ folder (see README: "Where guides live").
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
  // Starlight looks for UI-string overrides here and warns on every build when the collection is missing. The site
  // is English only and overrides nothing: src/content/i18n/en.json is an empty object on purpose.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
