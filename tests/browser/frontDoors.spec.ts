import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// The front doors' guides and presets (src/lab/frontDoors/): what a reader sees, in both themes and at phone width.
const DOOR_GUIDES = ["/errors/opensearch-serverless-forbidden/", "/errors/websocket-presigned-url-forbidden/"];

async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
}

test.describe("front-door guides", () => {
  for (const url of DOOR_GUIDES) {
    for (const theme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        test(`${url} in ${theme} at ${width}px: axe-clean, no sideways scroll, exact response in view`, async ({ page }) => {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await setTheme(page, theme);
          await page.goto(url);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          const code = page.locator(".sf-responses code.sf-exact").first();
          await code.scrollIntoViewIfNeeded();
          const box = await code.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        });
      }
    }
  }
});

test.describe("front-door presets in the playground", () => {
  test("a guide's IoT cause opens inline and shows IoT's 403 with ForbiddenException:", async ({ page }) => {
    await page.goto("/errors/websocket-presigned-url-forbidden/");
    const link = page.getByRole("link", { name: /Reproduce “IoT: the session token was signed into the URL”/ });
    await link.click();
    await expect(link).toHaveAttribute("aria-expanded", "true");
    const frame = page.frameLocator('iframe[title^="Playground"]');
    await expect(frame.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    const response = frame.getByRole("region", { name: "AWS response" });
    await expect(response).toContainText("HTTP/1.1 403 Forbidden");
    await expect(response).toContainText("x-amzn-ErrorType: ForbiddenException:");
  });

  test("#preset=execute-api,path-without-stage answers Missing Authentication Token and says which door it is", async ({ page }) => {
    await page.goto("/play/#preset=execute-api,path-without-stage");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    const response = page.getByRole("region", { name: "AWS response" });
    await expect(response).toContainText('{"message":"Missing Authentication Token"}');
    const extras = page.locator("[data-extras]");
    await expect(extras).toBeVisible();
    await expect(extras).toContainText("API Gateway (execute-api)");
    const box = await response.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
  });

  test("a door-only fault on a plain service is refused with a visible note, not a crash", async ({ page }) => {
    await page.goto("/play/#preset=sts,model-id-encoded-once");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.getByText(/applies only at bedrock-runtime/)).toBeVisible();
  });
});
