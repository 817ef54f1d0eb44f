// `npm run screenshots`: after a build, writes PNGs of the playground where readers meet it (a guide with the
// playground open, /play/, the timeline, the upload workbench), in light and dark, at desktop (1280x900) and phone
// (390x844) widths, into .screenshots/ (git-ignored). Look at every one after a UI change.
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "./findChromium.mjs";
import { startPreview } from "./startPreview.mjs";

const OUT = ".screenshots";
const PORT = Number(process.env.SIGFIX_SCREENSHOT_PORT ?? process.env.SIGFIX_TEST_PORT ?? 4398);
const GUIDE = "/errors/security-token-invalid/";
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };
const THEMES = ["light", "dark"];

if (!existsSync("dist/play/index.html")) {
  console.error("No built site: run `npx astro build` first.");
  process.exit(2);
}
const CHROME = findChromium({ install: false });
if (!CHROME) {
  console.error("No Chromium: set CHROMIUM=/path/to/chromium (or install Debian's `chromium`).");
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

/** A page with Starlight's stored theme choice set before any script runs. */
async function openPage(browser, base, theme, size) {
  const mobile = size === "mobile";
  const context = await browser.newContext({ viewport: VIEWPORTS[size], isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
  await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
  return { context, page: await context.newPage() };
}

/** The guide, scrolled to its "Open in playground" link, with the playground opened and settled. */
async function shootGuide(page, base, file) {
  await page.goto(`${base}${GUIDE}`);
  const link = page.getByRole("link", { name: "Open in playground" }).first();
  await link.scrollIntoViewIfNeeded();
  await link.click();
  const frame = page.frameLocator('iframe[title^="Playground"]');
  await frame.locator('sf-playground[data-state="ready"]').waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(600);
  await page.evaluate(() => {
    const top = document.querySelector("sf-open-lab iframe")?.getBoundingClientRect().top ?? 0;
    scrollBy(0, top - 120);
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
}

async function shootPlay(page, base, file) {
  await page.goto(`${base}/play/#preset=sts,clock-skew-ahead`);
  await page.locator('sf-playground[data-state="ready"]').waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: file });
}

/** The timeline (or its slot, until it exists), scrolled into view on /play/. */
async function shootTimeline(page, base, file) {
  await page.goto(`${base}/play/#preset=sts,clock-skew-behind`);
  await page.locator('sf-playground[data-state="ready"]').waitFor({ state: "attached", timeout: 30_000 });
  const slot = page.locator("[data-slot=timeline]");
  await slot.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
}

/** The upload workbench on FormData to a presigned PUT: the verdict, the fix, both requests. */
async function shootUpload(page, base, file) {
  await page.goto(`${base}/play/upload/#preset=put-formdata`);
  await page.locator('sf-upload-workbench[data-state="ready"]').waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
}

const preview = await startPreview(PORT);
const written = [];
try {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu"] });
  for (const size of Object.keys(VIEWPORTS)) {
    for (const theme of THEMES) {
      for (const [name, shoot] of [["guide-playground-open", shootGuide], ["play", shootPlay], ["timeline", shootTimeline], ["upload-workbench", shootUpload]]) {
        const { context, page } = await openPage(browser, preview.base, theme, size);
        const file = `${OUT}/${name}-${theme}-${size}.png`;
        await shoot(page, preview.base, file);
        written.push(file);
        await context.close();
      }
    }
  }
  await browser.close();
} finally {
  preview.stop();
}
console.log(`Wrote ${written.length} screenshots:\n${written.map((f) => `  ${f}`).join("\n")}`);
