import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { bundleIsland, openInTheme } from "./support/bundleIsland.ts";

// <sf-timeline> is mounted on a real page of the built site (Starlight's tokens, header, theme), bundled from
// src/components/timeline/index.ts: no test-only page ships with the site.
// The site's Content-Security-Policy allows only its own hashed scripts; the bundle injected here is the test's own.
test.use({ bypassCSP: true });
const HOST_PAGE = "/errors/";
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function mount(page: Page, attrs: Record<string, string>, theme: "light" | "dark" = "light") {
  await openInTheme(page, HOST_PAGE, theme);
  const script = await bundleIsland("src/components/timeline/index.ts", "island.defineTimeline(); window.__timelineReady = true;");
  await page.addScriptTag({ content: script, type: "module" });
  await page.waitForFunction(() => (window as unknown as { __timelineReady?: boolean }).__timelineReady === true);
  await page.evaluate((a) => {
    const el = document.createElement("sf-timeline");
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    (window as unknown as { __changes: unknown[] }).__changes = [];
    el.addEventListener("change", (e) => (window as unknown as { __changes: unknown[] }).__changes.push((e as CustomEvent).detail));
    const content = document.querySelector(".sl-markdown-content") ?? document.querySelector("main")!;
    content.prepend(el);
  }, attrs);
  const timeline = page.locator("sf-timeline");
  await expect(timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" })).toBeVisible();
  return timeline;
}
const changes = (page: Page) => page.evaluate(() => (window as unknown as { __changes: Array<{ offsetSeconds: number; serverShiftSeconds: number; source: string }> }).__changes);

const STS = { "server-time": "2026-01-15T12:00:00Z", "skew-seconds": "0", service: "sts" };

test.describe("<sf-timeline>", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      test(`fits the content column, ${theme}, ${size}: both handles and every label inside the drawing, window shaded in the site's colours`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const timeline = await mount(page, { ...STS, "skew-seconds": "-1200", "token-expires": "2026-01-15T12:30:00Z", "presign-expires": "3600" }, theme);
        const box = (await timeline.locator("svg").boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.height).toBeGreaterThan(100);
        for (const name of ["Request time (X-Amz-Date)", "Server clock"]) {
          const h = (await timeline.getByRole("slider", { name }).boundingBox())!;
          expect(h.x).toBeGreaterThanOrEqual(box.x - 1);
          expect(h.x + h.width).toBeLessThanOrEqual(box.x + box.width + 1);
        }
        for (const text of await timeline.locator("svg text").all()) {
          const t = (await text.boundingBox())!;
          expect(t.x, await text.textContent() ?? "").toBeGreaterThanOrEqual(0);
          expect(t.x + t.width, await text.textContent() ?? "").toBeLessThanOrEqual(viewport.width);
        }
        // The request (20 minutes behind) is left of the dashed 15-minute window, in the refused zone.
        const request = (await timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" }).boundingBox())!;
        const window = (await timeline.locator("rect.window").boundingBox())!;
        expect(request.x + request.width / 2).toBeLessThan(window.x);
        // Zone colours are the site's tokens, and they change with the theme.
        const colours = await page.evaluate(() => {
          const root = getComputedStyle(document.documentElement);
          const probe = (token: string) => {
            const d = document.createElement("div");
            d.style.color = `var(${token})`;
            document.body.append(d);
            const c = getComputedStyle(d).color;
            d.remove();
            return c;
          };
          const fill = (sel: string) => getComputedStyle(document.querySelector("sf-timeline")!.shadowRoot!.querySelector(sel)!).fill;
          return { ok: fill('[data-zone="accepted"]'), no: fill('[data-zone="refused"]'), green: probe("--sl-color-green-low"), red: probe("--sl-color-red-low"), bg: root.backgroundColor };
        });
        expect(colours.ok).toBe(colours.green);
        expect(colours.no).toBe(colours.red);
        expect(colours.ok).not.toBe(colours.no);
        await page.screenshot({ path: `.test-results/screenshots/timeline-${theme}-${size}.png`, fullPage: false });
        const axe = await new AxeBuilder({ page }).include("sf-timeline").analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      });
    }
  }

  test("arrow keys move the request by a minute and a screen reader hears the verdict", async ({ page }) => {
    const timeline = await mount(page, STS);
    const request = timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" });
    await request.focus();
    await expect(request).toBeFocused();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowLeft");
    await expect(request).toHaveAttribute("aria-valuenow", "-20");
    await expect(request).toHaveAttribute("aria-valuetext", "request 20 minutes behind the server: outside the 15-minute window");
    await expect(timeline.locator("p.caption")).toHaveText("Request 20 minutes behind the server: outside the 15-minute window.");
    const last = (await changes(page)).at(-1)!;
    expect(last).toEqual({ offsetSeconds: -1200, serverShiftSeconds: 0, source: "request" });
    expect(await changes(page)).toHaveLength(20);
  });

  test("Page keys move by an hour, Home and End go to a day either way", async ({ page }) => {
    const timeline = await mount(page, STS);
    const request = timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" });
    await expect(request).toHaveAttribute("aria-valuemin", "-1440");
    await expect(request).toHaveAttribute("aria-valuemax", "1440");
    await request.focus();
    await page.keyboard.press("PageUp");
    await expect(request).toHaveAttribute("aria-valuenow", "60");
    await expect(request).toHaveAttribute("aria-valuetext", "request 1 hour ahead of the server: outside the 15-minute window");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expect(request).toHaveAttribute("aria-valuenow", "-60");
    await page.keyboard.press("Home");
    await expect(request).toHaveAttribute("aria-valuenow", "-1440");
    await page.keyboard.press("End");
    await expect(request).toHaveAttribute("aria-valuenow", "1440");
    expect((await changes(page)).at(-1)!.offsetSeconds).toBe(86400);
  });

  test("moving the server clock ahead puts the request behind it, and the server handle moves, not the request", async ({ page }) => {
    const timeline = await mount(page, STS);
    const server = timeline.getByRole("slider", { name: "Server clock" });
    const request = timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" });
    await server.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await expect(server).toHaveAttribute("aria-valuenow", "20");
    await expect(request).toHaveAttribute("aria-valuetext", "request 20 minutes behind the server: outside the 15-minute window");
    expect((await changes(page)).at(-1)).toEqual({ offsetSeconds: -1200, serverShiftSeconds: 1200, source: "server" });
    const s = (await server.boundingBox())!, r = (await request.boundingBox())!;
    expect(s.x).toBeGreaterThan(r.x + 20);
  });

  test("dragging the request handle left changes the skew and ends outside the window", async ({ page }) => {
    await page.setViewportSize(SIZES.desktop);
    const timeline = await mount(page, STS);
    const request = timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" });
    const window = (await timeline.locator("rect.window").boundingBox())!;
    const start = (await request.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(window.x - 30, start.y + start.height / 2, { steps: 8 });
    await page.mouse.up();
    const offset = (await changes(page)).at(-1)!.offsetSeconds;
    expect(offset).toBeLessThan(-900);
    expect(Math.abs(offset % 60)).toBe(0); // whole minutes, as the keys step
    await expect(request).toHaveAttribute("aria-valuetext", /behind the server: outside the 15-minute window$/);
    await expect(request).toBeFocused();
  });

  test("takes Lambda's 5-minute window from the lab's service data", async ({ page }) => {
    const timeline = await mount(page, { ...STS, service: "lambda", "skew-seconds": "360" });
    await expect(timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" })).toHaveAttribute("aria-valuetext", "request 6 minutes ahead of the server: outside the 5-minute window");
  });

  test("draws an SDK's own retry as an arrow from X-Amz-Date to the server's time, and says it", async ({ page }) => {
    await page.setViewportSize(SIZES.desktop);
    const timeline = await mount(page, { ...STS, "skew-seconds": "-1200", "retry-skew-seconds": "0", "retry-label": "JS v3" });
    const ghost = (await timeline.locator('[data-mark="retry"]').boundingBox())!;
    const server = (await timeline.getByRole("slider", { name: "Server clock" }).boundingBox())!;
    expect(Math.abs(ghost.x + ghost.width / 2 - (server.x + server.width / 2))).toBeLessThan(2);
    await expect(timeline.locator("p.caption")).toHaveText("Request 20 minutes behind the server: outside the 15-minute window. JS v3 corrects its clock and signs its retry at the server's time.");
    await page.screenshot({ path: ".test-results/screenshots/timeline-retry-light-desktop.png" });
  });

  test("draws garbage attributes as the default timeline, not a blank", async ({ page }) => {
    const timeline = await mount(page, { "server-time": "x".repeat(100_000), "skew-seconds": "abc", service: "__proto__", "token-expires": "constructor" });
    await expect(timeline.getByRole("slider", { name: "Request time (X-Amz-Date)" })).toHaveAttribute("aria-valuetext", "request on time with the server: inside the 15-minute window");
    expect((await timeline.locator("svg").boundingBox())!.height).toBeGreaterThan(80);
  });
});
