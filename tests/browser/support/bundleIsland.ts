import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const cache = new Map<string, Promise<string>>();

/**
 * An island's source bundled for the browser (esbuild, as Vite would), so a test can mount a custom element
 * that no page ships yet on a real page of the built site (its Starlight tokens and theme) without a test-only route.
 * `entry` is relative to the repository; `code` runs after the bundle's exports are in scope as `island`.
 */
export function bundleIsland(entry: string, code: string): Promise<string> {
  const key = `${entry}\n${code}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      build({
        stdin: { contents: `import * as island from ${JSON.stringify(`./${entry}`)};\n${code}`, resolveDir: ROOT, loader: "ts" },
        bundle: true,
        format: "esm",
        write: false,
        target: "es2022",
        logLevel: "silent",
      }).then((r) => r.outputFiles[0]!.text),
    );
  }
  return cache.get(key)!;
}

/** Opens a built page in the given Starlight theme (its stored choice, as the theme picker stores it). */
export async function openInTheme(page: Page, url: string, theme: "light" | "dark"): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
  await page.goto(url);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}
