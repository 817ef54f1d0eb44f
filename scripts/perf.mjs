// `npm run perf`: prints the playground's figures against the issue-9 budgets. A script, not a test: it reports.
//   1. A guide page before the click: requests, bytes (raw and gzip), and proof that no editor byte was loaded.
//   2. Playground ready after the click (editor visible, first response shown), cold cache, median of 5.
//   3. Each update after a keystroke or a control change: the lab's work, and input-to-verdict latency (debounce included).
//   4. Lighthouse mobile performance for a guide page and for /play/.
// Needs a built site (`npx astro build`) and the system Chromium; runs `astro preview` on its own port.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { findChromium } from "./findChromium.mjs";
import { startPreview } from "./startPreview.mjs";

const PORT = Number(process.env.SIGFIX_PERF_PORT ?? 4399);
// The playground's own debounce (src/components/playground/constants.ts), printed beside the latency it is part of.
const DEBOUNCE_MS = Number(readFileSync("src/components/playground/constants.ts", "utf8").match(/DEBOUNCE_MS = (\d+)/)?.[1] ?? NaN);
const BASE = `http://127.0.0.1:${PORT}`;
const GUIDE = process.env.SIGFIX_PERF_GUIDE ?? "/errors/security-token-invalid/";
const EDITOR_BYTES = /createMonacoEditor|editor\.worker|\/Playground\.astro|\/play\//;
const CHROME = findChromium({ install: false });
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync("dist/play/index.html")) {
  console.error("No built site: run `npx astro build` first.");
  process.exit(2);
}
if (!CHROME) {
  console.error("No Chromium: set CHROMIUM=/path/to/chromium (or install Debian's `chromium`).");
  process.exit(2);
}

/** Every response a guide page loads with a cold cache, with each body's gzip size. */
async function measureGuide(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loads = [];
  page.on("response", (response) => loads.push(response));
  await page.goto(`${BASE}${GUIDE}`, { waitUntil: "networkidle" });
  let raw = 0;
  let gzip = 0;
  for (const response of loads) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const editor = loads.map((response) => response.url()).filter((url) => EDITOR_BYTES.test(url));
  const monacoCss = await page.locator('link[href*="Monaco"], link[href*="monaco"]').count();
  await context.close();
  return { requests: loads.length, raw, gzip, editor, monacoCss };
}

/**
 * Click to answer: the verdict and the working editor (the plain textarea Monaco later replaces) visible in the frame,
 * then Monaco visible. Each run in a fresh context (cold cache).
 */
async function measureReady(browser, runs = 5) {
  const answer = [];
  const monaco = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}${GUIDE}`, { waitUntil: "networkidle" });
    const frame = page.frameLocator('iframe[title^="Playground"]');
    const started = performance.now();
    await page.getByRole("link", { name: "Open in playground" }).click();
    await frame.locator('[data-out="verdict"]:not(:empty)').waitFor({ state: "visible", timeout: 30_000 });
    await frame.locator("#sf-request:not([hidden]), .monaco-editor").first().waitFor({ state: "visible", timeout: 30_000 });
    answer.push(performance.now() - started);
    await frame.locator('sf-playground[data-state="ready"] .monaco-editor').waitFor({ state: "visible", timeout: 30_000 });
    monaco.push(performance.now() - started);
    await context.close();
  }
  return { answer, monaco };
}

/** Types into Monaco one key at a time; reads the playground's own timing of each lab update. */
async function measureKeystrokes(browser, keys = 25) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/play/#preset=dynamodb`);
  await page.locator('sf-playground[data-state="ready"] .monaco-editor').waitFor({ state: "visible", timeout: 30_000 });
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+End");
  const work = [];
  const latency = [];
  const host = page.locator("sf-playground");
  for (let i = 0; i < keys; i++) {
    const before = Number(await host.getAttribute("data-runs"));
    const started = performance.now();
    await page.keyboard.type(i % 2 ? " " : "x");
    await page.waitForFunction((n) => Number(document.querySelector("sf-playground")?.dataset.runs) > n, before, { polling: "raf" });
    latency.push(performance.now() - started);
    work.push(Number(await host.getAttribute("data-update-ms")));
  }
  await context.close();
  return { work, latency };
}

/** Types a new skew into its field, one value at a time, and times each until the verdict text changes. */
async function measureControl(browser, runs = 15) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/play/#preset=sts`);
  await page.locator('sf-playground[data-state="ready"] .monaco-editor').waitFor({ state: "visible", timeout: 30_000 });
  const field = page.getByLabel("Clock skew (minutes)");
  const times = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.locator('[data-out="verdict"]').textContent();
    const started = performance.now();
    await field.fill(String(i % 2 ? 0 : 20 + i));
    await page.waitForFunction((text) => document.querySelector('[data-out="verdict"]')?.textContent !== text, before, { polling: "raf" });
    times.push(performance.now() - started);
  }
  await context.close();
  return times;
}

async function lighthouseScore(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const audits = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp: audits["first-contentful-paint"].displayValue,
      lcp: audits["largest-contentful-paint"].displayValue,
      tbt: audits["total-blocking-time"].displayValue,
      cls: audits["cumulative-layout-shift"].displayValue,
    };
  } finally {
    await chrome.kill();
  }
}

const preview = await startPreview(PORT);
try {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu"] });
  const guide = await measureGuide(browser);
  console.log(`Guide page ${GUIDE} before the click (budget: at most 45 KiB gzip, no editor bytes)`);
  console.log(`  ${guide.requests} requests, ${KiB(guide.raw)} raw, ${KiB(guide.gzip)} gzip`);
  console.log(`  editor requests: ${guide.editor.length === 0 ? "none" : guide.editor.join(", ")}; Monaco stylesheets linked: ${guide.monacoCss}`);

  const { answer, monaco } = await measureReady(browser);
  const list = (xs) => `median ${median(xs).toFixed(0)} ms [${xs.map((t) => t.toFixed(0)).join(", ")}]`;
  console.log(`Playground ready after the click, cold cache (budget 1000 ms): verdict and editor (plain) visible ${list(answer)}`);
  console.log(`  Monaco in place of the plain editor: ${list(monaco)}`);

  const { work, latency } = await measureKeystrokes(browser);
  console.log(`Update after a keystroke: lab + render median ${median(work).toFixed(1)} ms, max ${Math.max(...work).toFixed(1)} ms`);
  console.log(`  keystroke to verdict on screen (budget under 100 ms), ${DEBOUNCE_MS} ms debounce included: median ${median(latency).toFixed(0)} ms, max ${Math.max(...latency).toFixed(0)} ms`);
  const skew = await measureControl(browser);
  console.log(`  "Clock skew (minutes)" change to verdict on screen (budget under 100 ms): median ${median(skew).toFixed(0)} ms, max ${Math.max(...skew).toFixed(0)} ms`);
  await browser.close();

  for (const [label, path] of [["guide page", GUIDE], ["/play/", "/play/"]]) {
    const lh = await lighthouseScore(`${BASE}${path}`);
    console.log(`Lighthouse mobile performance, ${label} (budget ${label === "guide page" ? "100" : "at least 95"}): ${lh.score} (FCP ${lh.fcp}, LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls})`);
  }
} finally {
  preview.stop();
}
