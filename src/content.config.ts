import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { docsExtension } from "./schemas/guide.ts";

// src/content/docs is a symlink to the top-level content/ folder (see README: "Where guides live").
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
};
