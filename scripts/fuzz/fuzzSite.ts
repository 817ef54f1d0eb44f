// The built site (dist/) on a loopback static server, in the system Chromium: each link opens /play/, each paste
// is diagnosed; after each, the page must still answer within 5 s, with no uncaught error and no off-site request.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "../findChromium.mjs";
import type { Case } from "./createHostileCorpus.ts";
import type { TargetReport } from "./report.ts";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".ttf": "font/ttf", ".woff2": "font/woff2" };

function serve(root: string): Promise<{ base: string; close: () => void }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = existsSync(file);
    if (!found) file = path.join(root, "404.html");
    res.writeHead(found ? 200 : 404, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, close: () => server.close() });
  }));
}

const withDeadline = <T>(p: Promise<T>, ms: number): Promise<T | "timeout"> => Promise.race([p, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);

export async function fuzzSite(links: Array<Case<string>>, pastes: Array<Case<string>>, stopAt: number): Promise<TargetReport> {
  const report: TargetReport = { target: "built site (/play/ links, /diagnose/ pastes)", tried: new Map(), found: [], notes: [] };
  const root = path.resolve("dist");
  const executablePath = findChromium({ install: false });
  if (!existsSync(path.join(root, "play", "index.html")) || !executablePath) {
    report.notes.push(!executablePath ? "skipped: no Chromium (set CHROMIUM)" : "skipped: no build (run npm run build first)");
    return report;
  }
  const site = await serve(root);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    await context.route("**/*", (route) => {
      if (new URL(route.request().url()).hostname === "127.0.0.1") return route.continue();
      report.found.push(`off-site request to ${route.request().url()}`);
      return route.abort();
    });
    const check = async (label: string, action: (page: import("@playwright/test").Page) => Promise<void>) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e).split("\n")[0]!));
      try {
        const done = await withDeadline(action(page), 30_000);
        if (done === "timeout") report.found.push(`${label}: did not settle within 30 s`);
        const alive = await withDeadline(page.evaluate(() => document.body.innerText.length), 5_000);
        if (alive === "timeout") report.found.push(`${label}: the tab stopped answering (frozen)`);
        else if (alive === 0) report.found.push(`${label}: the page is blank`);
      } catch (error) {
        report.found.push(`${label}: ${String(error).split("\n")[0]}`);
      }
      for (const e of errors) report.found.push(`${label}: uncaught ${e}`);
      await page.close();
    };
    for (const [i, c] of links.entries()) {
      if (Date.now() > stopAt) break;
      report.tried.set(`link: ${c.family}`, (report.tried.get(`link: ${c.family}`) ?? 0) + 1);
      await check(`link #${i} ${c.family}`, async (page) => {
        await page.goto(`${site.base}/play/#${c.input}`);
        await page.waitForSelector("sf-playground[data-state]", { timeout: 25_000 });
      });
    }
    for (const [i, c] of pastes.entries()) {
      if (Date.now() > stopAt) break;
      report.tried.set(`paste: ${c.family}`, (report.tried.get(`paste: ${c.family}`) ?? 0) + 1);
      await check(`paste #${i} ${c.family}`, async (page) => {
        await page.goto(`${site.base}/diagnose/`);
        await page.locator("#sf-diagnose-input").fill(c.input);
        await page.getByRole("button", { name: "Diagnose" }).click();
        await page.waitForSelector("[data-result]:not([hidden])", { timeout: 25_000 });
      });
    }
    if (Date.now() > stopAt) report.notes.push("time budget reached before every link and paste was tried");
  } finally {
    await browser.close();
    site.close();
  }
  return report;
}
