import { createHash } from "node:crypto";

/**
 * The site's Content-Security-Policy, built from the pages themselves: scripts only from this origin or inline
 * ones whose SHA-256 the build computed, WebAssembly for Pagefind's search ('wasm-unsafe-eval'), styles from this
 * origin plus inline ones (Starlight and Expressive Code set style attributes; Monaco adds <style> elements), and
 * nothing from anywhere else: no page makes an off-site request.
 */
export function createContentSecurityPolicy(scriptHashes: Iterable<string>, opts: { forHeader: boolean; handlerHashes?: Iterable<string> }): string {
  const handlers = [...new Set(opts.handlerHashes ?? [])];
  // An inline event handler (`onsubmit="return false"`) runs only with 'unsafe-hashes' and its own hash (CSP3 §8.3).
  const hashes = [...(handlers.length ? ["unsafe-hashes"] : []), ...[...new Set([...scriptHashes, ...handlers])].sort()].map((h) => `'${h}'`);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Ignored in a <meta> tag (CSP3 §6.1), so only the header carries it.
    ...(opts.forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join("; ");
}

/** Executable inline scripts of an HTML page (no `src`, a JavaScript or module type), as the browser sees them. */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const lower = html.toLowerCase();
  let from = 0;
  for (;;) {
    const open = lower.indexOf("<script", from);
    if (open < 0) break;
    const tagEnd = lower.indexOf(">", open);
    if (tagEnd < 0) break;
    const close = lower.indexOf("</script", tagEnd);
    if (close < 0) break;
    const tag = lower.slice(open, tagEnd + 1);
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/.exec(tag)?.[1];
    const executable = type === undefined || type === "module" || type === "text/javascript" || type === "application/javascript";
    if (executable && !/\ssrc\s*=/.test(tag)) scripts.push(html.slice(tagEnd + 1, close));
    from = close + 8;
  }
  return scripts;
}

const HANDLER = /\son[a-z]+\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ENTITIES: Record<string, string> = { "&quot;": '"', "&#34;": '"', "&apos;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** The inline event-handler attributes of a page (`onsubmit="…"`), decoded as the browser hashes them. */
export function findInlineHandlers(html: string): string[] {
  return [...html.matchAll(HANDLER)].map((m) => (m[1] ?? m[2] ?? "").replace(/&(?:quot|#34|apos|#39|lt|gt|amp);/g, (e) => ENTITIES[e]!));
}

/** `sha256-…`, the CSP source for one inline script's text. */
export function hashScript(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** The page with its policy as the first thing after `<meta charset>` (or `<head>`), before any script runs. */
export function insertPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}">`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return html;
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
