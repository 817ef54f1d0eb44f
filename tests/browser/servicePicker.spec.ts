// The playground's service picker: every registry service, searchable, each with its protocol and skew window;
// picking one loads its sample request and AWS answers in that service's protocol. Boxes and focus, not only text.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const responseText = async (page: import("@playwright/test").Page) =>
  ((await page.getByRole("region", { name: "AWS response" }).locator("pre").textContent()) ?? "").replace(/\r\n/g, "\n");

for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
  test.describe(`the service picker (${name})`, () => {
    test.use({ viewport });

    test("finds Secrets Manager by typing, loads its sample request, and AWS answers in JSON 1.1", async ({ page }) => {
      await page.goto("/play/");
      await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 20_000 });
      const search = page.getByLabel("Find a service");
      const select = page.getByLabel("Service", { exact: true });
      expect(await select.locator("option").count()).toBeGreaterThan(400);
      await expect(select.locator('option[value="lambda"]')).toHaveText("Lambda · restJson1 · 5 min");

      await search.focus();
      await page.keyboard.type("secrets json 1.1");
      await expect(page.locator("#sf-service-count")).toHaveText(/^\d+ of \d+ services match\.$/);
      await page.keyboard.press("Enter");
      await expect(select).toHaveValue("secretsmanager");
      await expect(search).toBeFocused();
      await expect.poll(() => responseText(page), { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 200 OK\n[\s\S]*Content-Type: application\/x-amz-json-1\.1/);

      // In view and inside the viewport's width at this size.
      for (const box of [await search.boundingBox(), await select.boundingBox()]) {
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
        expect(box!.height).toBeGreaterThan(20);
      }
      await page.screenshot({ path: `.test-results/service-picker-${name}-light.png`, fullPage: false });
    });

    test("says so when nothing matches, and keeps the chosen service", async ({ page }) => {
      await page.goto("/play/");
      await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 20_000 });
      const before = await page.getByLabel("Service", { exact: true }).inputValue();
      await page.getByLabel("Find a service").fill("constructor __proto__ no-such-service");
      await expect(page.locator("#sf-service-count")).toHaveText("No service matches.");
      await expect(page.getByLabel("Service", { exact: true })).toHaveValue(before);
    });

    test("is axe-clean in the dark theme too", async ({ page }) => {
      await page.goto("/play/");
      await page.evaluate(() => {
        localStorage.setItem("starlight-theme", "dark");
        document.documentElement.dataset.theme = "dark";
      });
      await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 20_000 });
      await page.getByLabel("Find a service").fill("sqs");
      const results = await new AxeBuilder({ page }).include("#sf-service-search").include("#sf-service").analyze();
      expect(results.violations).toEqual([]);
      await page.screenshot({ path: `.test-results/service-picker-${name}-dark.png`, fullPage: false });
    });
  });
}
