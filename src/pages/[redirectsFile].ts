import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { listShortLinks } from "../guides/listShortLinks.ts";

// Astro skips files named with a leading underscore, so `_redirects` is produced through a parameter.
export function getStaticPaths() {
  return [{ params: { redirectsFile: "_redirects" } }];
}

/** Netlify / Cloudflare Pages format: one `from to status` line per short link, and one for its lower-case spelling. */
export const GET: APIRoute = async () => {
  const links = listShortLinks(await getCollection("docs"));
  const lines = links.flatMap((link) => {
    const lower = link.code.toLowerCase();
    return [`/e/${link.code} ${link.target} 301`, ...(lower === link.code ? [] : [`/e/${lower} ${link.target} 301`])];
  });
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
