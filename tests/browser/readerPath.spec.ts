import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const BOTOCORE_LINE =
  "botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.";

async function openSearch(page: Page, text: string) {
  await page.getByRole("button", { name: /^Search/ }).click();
  const input = page.locator("#starlight__search input");
  await input.fill(text);
  return input;
}

test.describe("search forgives a paste", () => {
  test("a whole pasted botocore line offers its guide first and “Diagnose this”, and Pagefind finds the guide", async ({ page }) => {
    await page.goto("/");
    await openSearch(page, BOTOCORE_LINE);
    const guide = page.locator(".sf-search-assist").getByRole("link", { name: "The security token included in the request is invalid" });
    await expect(guide).toBeVisible();
    await expect(guide).toHaveAttribute("href", "/errors/security-token-invalid/");
    const diagnose = page.getByRole("link", { name: "Diagnose this" });
    await expect(diagnose).toBeVisible();
    await expect(page.locator("#starlight__search .pagefind-ui__result-link").first()).toHaveAttribute("href", /\/errors\/security-token-invalid\//, { timeout: 10_000 });
    // The assist sits above Pagefind's results, inside the dialog's visible area.
    const assistBox = (await page.locator(".sf-search-assist").boundingBox())!;
    const firstResult = (await page.locator("#starlight__search .pagefind-ui__result").first().boundingBox())!;
    expect(assistBox.y).toBeLessThan(firstResult.y);
  });

  test("“Diagnose this” carries the text over and the diagnosis names the guide", async ({ page }) => {
    await page.goto("/errors/");
    await openSearch(page, BOTOCORE_LINE);
    await page.getByRole("link", { name: "Diagnose this" }).click();
    await expect(page).toHaveURL(/\/diagnose\/$/);
    await expect(page.getByLabel(/Error message, response body/)).toHaveValue(BOTOCORE_LINE);
    await expect(page.locator("[data-output]").getByRole("link", { name: "The security token included in the request is invalid" }).first()).toBeVisible();
  });

  test("a code typed alone in lower case puts its own guide first", async ({ page }) => {
    await page.goto("/");
    await openSearch(page, "invalidclienttokenid");
    await expect(page.locator(".sf-search-assist a").first()).toHaveAttribute("href", "/errors/security-token-invalid/");
    await expect(page.getByRole("link", { name: "Diagnose this" })).toHaveCount(0);
  });
});

test.describe("guide typography", () => {
  test("raw HTTP and SigV4 blocks use the monospace font, and the worked example reads “signer after applying”", async ({ page }) => {
    await page.goto("/errors/security-token-invalid/");
    const raw = page.locator("pre.sf-raw:visible").first();
    await expect(raw).toBeVisible();
    const [rawFont, codeFont] = await page.evaluate(() => [
      getComputedStyle([...document.querySelectorAll("pre.sf-raw")].find((el) => (el as HTMLElement).offsetParent !== null)!).fontFamily,
      getComputedStyle(document.querySelector("main code")!).fontFamily,
    ]);
    const firstFamily = (stack: string) => stack.split(",")[0]!.trim();
    expect(firstFamily(rawFont)).toBe(firstFamily(codeFont));
    expect(rawFont).toMatch(/monospace/);
    await expect(page.locator(".sf-worked-example").first()).toContainText("own signer after applying");
    await expect(page.locator("main")).not.toContainText("signerafter");
  });
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const theme of ["light", "dark"] as const) {
  test(`the Diagnose button's text has at least 4.5:1 contrast in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    await page.goto("/diagnose/");
    const button = page.getByRole("button", { name: "Diagnose" });
    const { color, background } = await button.evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  });
}

const PAGES = ["/", "/errors/", "/errors/security-token-invalid/", "/errors/signature-does-not-match/", "/diagnose/", "/e/NoSuchErrorCode"];

test.describe("accessibility in dark mode and at phone width", () => {
  // axe on a full guide takes a while on a shared machine.
  test.describe.configure({ timeout: 90_000 });
  for (const url of PAGES) {
    for (const [name, viewport, theme] of [
      ["dark, desktop", { width: 1280, height: 900 }, "dark"],
      ["light, phone", { width: 390, height: 844 }, "light"],
      ["dark, phone", { width: 390, height: 844 }, "dark"],
    ] as const) {
      test(`axe finds no violation on ${url} (${name})`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
        await page.setViewportSize(viewport);
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
      });
    }
  }
});
