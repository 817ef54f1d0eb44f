import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { bundleIsland, openInTheme } from "./support/bundleIsland.ts";
import { S3_SKEWED, STS_EXPIRED } from "../unit/sdkOutput/fixtures.ts";
import type { SdkFailure } from "../../src/sdkOutput/index.ts";

// <sf-sdk-output> mounted on a built page of the site (its tokens and theme), bundled from its index.ts.
// The site's Content-Security-Policy allows only its own hashed scripts; the bundle injected here is the test's own.
test.use({ bypassCSP: true });
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function mount(page: Page, failure: SdkFailure | null, theme: "light" | "dark" = "light") {
  await openInTheme(page, "/errors/", theme);
  const script = await bundleIsland("src/components/sdkOutput/index.ts", "island.defineSdkOutput(); window.__sdkReady = true;");
  await page.addScriptTag({ content: script, type: "module" });
  await page.waitForFunction(() => (window as unknown as { __sdkReady?: boolean }).__sdkReady === true);
  await page.evaluate((f) => {
    const el = document.createElement("sf-sdk-output") as HTMLElement & { failure: unknown };
    (document.querySelector(".sl-markdown-content") ?? document.querySelector("main")!).prepend(el);
    el.failure = f;
  }, failure);
  return page.locator("sf-sdk-output");
}

test.describe("<sf-sdk-output>", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      test(`shows seven client tabs inside the column, the selected one marked in the accent colour, ${theme}, ${size}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const view = await mount(page, STS_EXPIRED, theme);
        const tabs = view.getByRole("tab");
        await expect(tabs).toHaveCount(7);
        for (const tab of await tabs.all()) {
          const box = (await tab.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        }
        const panel = view.getByRole("tabpanel");
        const pre = (await panel.locator("pre").boundingBox())!;
        expect(pre.x + pre.width).toBeLessThanOrEqual(viewport.width);
        const colours = await page.evaluate(() => {
          const probe = document.createElement("div");
          probe.style.color = "var(--sl-color-text-accent)";
          document.body.append(probe);
          const accent = getComputedStyle(probe).color;
          probe.remove();
          const tab = document.querySelector("sf-sdk-output")!.shadowRoot!.querySelector('[aria-selected="true"]')!;
          return { accent, border: getComputedStyle(tab).borderBottomColor };
        });
        expect(colours.border).toBe(colours.accent);
        await page.screenshot({ path: `.test-results/screenshots/sdk-output-${theme}-${size}.png` });
        const axe = await new AxeBuilder({ page }).include("sf-sdk-output").analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      });
    }
  }

  test("starts on botocore's line, and the arrow keys move to the JS v3 exception and the AWS CLI", async ({ page }) => {
    const view = await mount(page, STS_EXPIRED);
    const panel = view.getByRole("tabpanel");
    await expect(panel.locator("pre")).toHaveText("An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired");
    await view.getByRole("tab", { name: "boto3" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(view.getByRole("tab", { name: "CLI v1" })).toBeFocused();
    await expect(view.getByRole("tab", { name: "CLI v1" })).toHaveAttribute("aria-selected", "true");
    await expect(panel).toContainText("exit code 255");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(panel.locator("pre")).toHaveText("ExpiredToken: The security token included in the request is expired");
    await expect(panel).toHaveAccessibleName("JS v3");
    await expect(panel.locator(".title")).toHaveText("AWS SDK for JavaScript v3");
    await page.keyboard.press("End");
    await expect(view.getByRole("tab", { name: ".NET" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(view.getByRole("tab", { name: "boto3" })).toBeFocused();
  });

  test("keeps the open tab when a new failure arrives, and says which clients fix a skew by themselves", async ({ page }) => {
    const view = await mount(page, STS_EXPIRED);
    await view.getByRole("tab", { name: "Go v2" }).click();
    await page.evaluate((f) => ((document.querySelector("sf-sdk-output") as HTMLElement & { failure: unknown }).failure = f), S3_SKEWED);
    await expect(view.getByRole("tab", { name: "Go v2" })).toHaveAttribute("aria-selected", "true");
    await expect(view.getByRole("tabpanel")).toContainText("HostID: HOSTID/abc+def=, api error RequestTimeTooSkewed");
    await expect(view.locator('.behaviour[data-retries="true"]')).toBeVisible();
    await view.getByRole("tab", { name: "boto3" }).click();
    await expect(view.locator(".behaviour")).toHaveText(/Never corrects its clock/);
  });

  test("says the request was accepted when there is no failure", async ({ page }) => {
    const view = await mount(page, null);
    await expect(view.getByText("The request was accepted")).toBeVisible();
    await expect(view.getByRole("tab")).toHaveCount(0);
  });
});
