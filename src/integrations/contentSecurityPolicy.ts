import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { createContentSecurityPolicy, findInlineHandlers, findInlineScripts, hashScript, insertPolicyMeta } from "./createContentSecurityPolicy.ts";

function listHtml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listHtml(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

/**
 * After the build: each page gets a <meta> policy listing the hashes of its own inline scripts, and dist/_headers
 * (Netlify, Cloudflare Pages) sends the union as a header, with frame-ancestors, for hosts that read it.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "sigfix:content-security-policy",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        const allHandlers = new Set<string>();
        const pages = listHtml(root);
        for (const file of pages) {
          const html = readFileSync(file, "utf8");
          const hashes = findInlineScripts(html).map(hashScript);
          const handlerHashes = findInlineHandlers(html).map(hashScript);
          for (const h of hashes) all.add(h);
          for (const h of handlerHashes) allHandlers.add(h);
          writeFileSync(file, insertPolicyMeta(html, createContentSecurityPolicy(hashes, { forHeader: false, handlerHashes })));
        }
        const headersFile = path.join(root, "_headers");
        const existing = existsSync(headersFile) ? `${readFileSync(headersFile, "utf8").trimEnd()}\n\n` : "";
        writeFileSync(headersFile, `${existing}/*\n  Content-Security-Policy: ${createContentSecurityPolicy(all, { forHeader: true, handlerHashes: allHandlers })}\n`);
        logger.info(`Content-Security-Policy on ${pages.length} pages, ${all.size} inline-script hashes, ${allHandlers.size} inline-handler hashes.`);
      },
    },
  };
}
