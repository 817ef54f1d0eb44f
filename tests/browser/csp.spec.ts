import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";

// Every page type under the build's own Content-Security-Policy (a <meta> tag per page, made at build time by
// src/integrations/contentSecurityPolicy.ts): any violation, in the page or in the playground's iframe, fails.
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy/.test(text)) violations.push(text);
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy|EvalError/.test(String(error))) violations.push(String(error));
  });
  return violations;
}

async function expectPolicy(page: Page) {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  expect(policy).not.toContain("'unsafe-eval'");
}

const PAGES: Array<[string, string]> = [
  ["the home page", "/"],
  ["a guide", "/errors/signature-does-not-match/"],
  ["the errors index", "/errors/"],
  ["a how-to", "/how-to/which-credentials/"],
  ["a short link", "/e/SignatureDoesNotMatch/"],
  ["the 404 page", "/e/NoSuchCodeEver/"],
  ["the credential-chain page", "/credentials/"],
  ["a credentials guide", "/errors/no-credentials-found/"],
  ["the upload workbench", "/play/upload/#preset=put-formdata"],
];

test.describe("Content-Security-Policy", () => {
  // The config lifts CSP for tests that inject bundles; here the page's own policy must hold.
  test.use({ bypassCSP: false });

  for (const [name, path] of PAGES) {
    test(`${name} (${path}) runs with no violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectPolicy(page);
      expect(violations).toEqual([]);
    });
  }

  test("search (Pagefind's WebAssembly) runs with no violation", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/");
    await page.getByRole("button", { name: /^Search/ }).click();
    await page.locator("#starlight__search input").fill("signature does not match");
    await expect(page.locator("#starlight__search .pagefind-ui__result-link").first()).toBeVisible({ timeout: 10_000 });
    expect(violations).toEqual([]);
  });

  test("/diagnose/ reads a paste with no violation", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/diagnose/");
    await expectPolicy(page);
    const box = page.getByRole("textbox").first();
    await box.fill("An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.");
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });

  test("/play/ loads Monaco and its worker with no violation", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/play/");
    await expectPolicy(page);
    await expect(page.locator('sf-playground[data-state="ready"] .monaco-editor')).toBeVisible({ timeout: 15_000 });
    await page.locator(".monaco-editor").first().click();
    await page.keyboard.type("x");
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });

  test("a guide's lab in its iframe runs with no violation", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/errors/security-token-invalid/");
    await page.getByRole("link", { name: "Open in playground" }).click();
    const frame = page.frameLocator('iframe[title^="Playground"]');
    await expect(frame.locator('sf-playground[data-state="ready"] .monaco-editor')).toBeVisible({ timeout: 15_000 });
    expect(violations).toEqual([]);
  });

  test("a script the build did not hash is refused (the policy is live, not decoration)", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/");
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });
});
