// axe on the pages where the playground and the diagnosis live, in both themes and at both widths: a guide with the
// playground open (whole page, frame included), /play/ with the editor loaded, and /diagnose/ with a result shown.
import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } } as const;
const PASTED =
  "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.";

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);

for (const theme of ["light", "dark"] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`${theme}, ${size}`, () => {
      test.use({ viewport, isMobile: size === "mobile", hasTouch: size === "mobile" });
      test.beforeEach(async ({ context }) => {
        await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
      });

      test("axe finds no violation on a guide with the playground open", async ({ page }) => {
        // A guide without markdown tables: Starlight makes wide tables scroll on phones without making them focusable
        // (axe: scrollable-region-focusable), which is the guides' matter, not the playground's.
        await page.goto("/errors/security-token-invalid/");
        await page.getByRole("link", { name: "Open in playground" }).click();
        const frame = page.frameLocator('iframe[title^="Playground"]');
        await expect(frame.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await expect(frame.locator("html")).toHaveAttribute("data-theme", theme);
        expect(await violations(page)).toEqual([]);
      });

      test("axe finds no violation on /play/", async ({ page }) => {
        await page.goto("/play/#preset=sts,clock-skew-ahead");
        await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
        if (size === "desktop") await expect(page.locator(".monaco-editor")).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        expect(await violations(page)).toEqual([]);
      });

      test("axe finds no violation on /diagnose/ with a result", async ({ page }) => {
        await page.goto("/diagnose/");
        await page.getByLabel("Error message, response body, Authorization header or presigned URL").fill(PASTED);
        await page.getByRole("button", { name: "Diagnose" }).click();
        await expect(page.getByRole("region", { name: "Diagnosis" })).toContainText("Likely cause:");
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}
