import { test, expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import LZString from "lz-string";
import { openInTheme } from "./support/bundleIsland.ts";

// /credentials/ on the built site. The expected AWS answer is the reference catalogue's
// query.InvalidClientTokenId.bad-session-token, written out: status 403, no final period.
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const STALE_TOKEN = "sigfix-expired-session-token-EXAMPLE";

async function open(page: Page, hash = ""): Promise<Locator> {
  await page.goto(`/credentials/${hash}`);
  const island = page.locator('sf-credentials[data-state="ready"]');
  await expect(island).toBeAttached();
  return island;
}

/** The element is drawn, and once scrolled to, lies inside the viewport. */
async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, "drawn").not.toBeNull();
  expect(box!.width).toBeGreaterThan(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(viewport.height);
}

test.describe("/credentials/ with the stale AWS_SESSION_TOKEN preset", () => {
  test("opens on the preset, masks the secret and the token, and shows the winner and the trace", async ({ page }) => {
    await open(page);
    await expect(page.getByLabel("Start from a preset")).toHaveValue("stale-session-token");
    const env = page.getByLabel(/Environment variables/);
    await expect(env).toHaveValue(/AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE/);
    await expect(env).toHaveValue(/AWS_SECRET_ACCESS_KEY=‹secret \d+›/);
    await expect(env).toHaveValue(/AWS_SESSION_TOKEN=‹secret \d+›/);
    // What the reader sees holds no secret (the presets' documented example values are only in the page's data).
    const seen = `${await page.locator("sf-credentials").innerText()}\n${await env.inputValue()}`;
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain(STALE_TOKEN);

    await page.getByRole("radio", { name: "JavaScript SDK v3" }).check();
    const verdict = page.getByLabel("Verdict");
    await expect(verdict).toContainText("JavaScript SDK v3 signs with env");
    await expect(verdict).toContainText("AKIA**************** + session token");
    await expect(verdict).toContainText("A session token sits beside the long-term key");
    await expectInViewport(page, verdict.locator(".sf-cred-headline"));

    const used = page.getByRole("region", { name: "Every provider, in order" }).locator('li[data-outcome="used"]');
    await expect(used).toHaveCount(1);
    await expect(used).toContainText("fromEnv");
    await expectInViewport(page, used);
    // The winning step stands out from the rest of the trace.
    const [usedBg, otherBg] = await page.evaluate(() => {
      const items = [...document.querySelectorAll(".sf-cred-trace li")];
      return [getComputedStyle(items.find((li) => li.getAttribute("data-outcome") === "used")!).backgroundColor, getComputedStyle(items.find((li) => li.getAttribute("data-outcome") !== "used")!).backgroundColor];
    });
    expect(usedBg).not.toBe(otherBg);
  });

  test("makes a share link that carries no secret and no token, and says so", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByLabel("Link", { exact: true })).toHaveValue(/#v1=/);
    await expect(page.locator("[data-share-note]")).toContainText(/^Link (copied|ready in the address bar)\. It carries your inputs with every secret and session token replaced by a placeholder/);
    const url = await page.getByLabel("Link", { exact: true }).inputValue();
    const fragment = new URL(url).hash;
    expect(fragment).toMatch(/^#v1=/);
    const json = LZString.decompressFromEncodedURIComponent(fragment.slice("#v1=".length));
    expect(json).toContain("‹secret");
    for (const secret of [SECRET, STALE_TOKEN]) {
      expect(url).not.toContain(secret);
      expect(json).not.toContain(secret);
    }

    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.locator('sf-credentials[data-state="ready"]')).toBeAttached();
    await expect(other.getByLabel(/Environment variables/)).toHaveValue(/AWS_SESSION_TOKEN=‹secret \d+›/);
    await expect(other.getByLabel("Verdict")).toContainText("signs with env");
  });

  test("'Sign with what this SDK would pick' opens the playground with AWS's exact InvalidClientTokenId response", async ({ page }) => {
    await open(page);
    await page.getByRole("radio", { name: "JavaScript SDK v3" }).check();
    const sign = page.getByRole("link", { name: "Sign with what this SDK would pick" });
    await expectInViewport(page, sign);
    const href = (await sign.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/play\/#v1=/);
    expect(href).not.toContain(SECRET);
    await sign.click();
    await expect(page).toHaveURL(/\/play\/#v1=/);
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    const response = page.getByRole("region", { name: "AWS response" });
    await expect(response).toContainText("HTTP/1.1 403 Forbidden");
    await expect(response).toContainText("<Code>InvalidClientTokenId</Code>");
    await expect(response).toContainText("<Message>The security token included in the request is invalid</Message>");
  });
});

test.describe("/credentials/ with bad input", () => {
  test("a 5 MB paste gets a clear message, keeps the text, and the page keeps working", async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    const config = page.getByLabel("~/.aws/config");
    // A paste, as the browser delivers it: the value changes, then one input event.
    const paste = (text: string) =>
      config.evaluate((area: HTMLTextAreaElement, t: string) => {
        area.value = t;
        area.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
      }, text);
    await paste("[default]\n" + "x".repeat(5 * 1024 * 1024));
    await expect(page.getByRole("alert")).toContainText("MB, more than the 256 KB", { timeout: 20_000 });
    await expect(page.getByLabel("Verdict")).toContainText("Nothing you pasted was lost");
    expect(await config.evaluate((area: HTMLTextAreaElement) => area.value.length)).toBe(5 * 1024 * 1024 + 10);
    await paste("[default]\nregion = eu-west-1\n");
    await expect(page.locator("[data-input-error]")).toBeEmpty({ timeout: 20_000 });
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.getByLabel("Verdict")).toContainText("signs with");
  });

  test("binary gets a clear message", async ({ page }) => {
    await open(page);
    await page.getByLabel("~/.aws/credentials").fill("\u0000\u0001PK\u0003\u0004");
    await expect(page.getByRole("alert")).toContainText("binary file");
  });

  test("Object.prototype names as profile names and variables neither crash nor blank the page", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await open(page, "#preset=empty");
    await page.getByLabel(/Environment variables/).fill("AWS_PROFILE=__proto__\nconstructor=1\n__proto__=x");
    await page.getByLabel("~/.aws/credentials").fill("[__proto__]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s\n[constructor]\n[toString]\n");
    await page.getByLabel(/Profile named in code/).fill("hasOwnProperty");
    await page.getByRole("radio", { name: "JavaScript SDK v3" }).check();
    await expect(page.getByLabel("Verdict")).not.toBeEmpty();
    await expect(page.locator("[data-compare] tbody tr")).toHaveCount(4);
    expect(errors).toEqual([]);
  });

  test("Enter in the profile field keeps the page and its inputs, and the page runs no inline handler", async ({ page }) => {
    await open(page, "#preset=empty");
    const env = page.getByLabel(/Environment variables/);
    await env.fill("AWS_REGION=eu-west-3");
    const before = await page.evaluate(() => performance.getEntriesByType("navigation").length + ":" + location.href);
    await page.getByLabel(/Profile named in code/).fill("dev");
    await page.getByLabel(/Profile named in code/).press("Enter");
    await expect(env).toHaveValue("AWS_REGION=eu-west-3");
    expect(await page.evaluate(() => performance.getEntriesByType("navigation").length + ":" + location.href)).toBe(before);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).not.toContain("unsafe-hashes");
    expect(await page.locator("[onsubmit], [onclick], [onchange], [oninput]").count()).toBe(0);
  });

  test("a broken link says so and falls back to the first preset", async ({ page }) => {
    await open(page, "#v1=not-a-link");
    await expect(page.locator("[data-link-note]")).toContainText("This link could not be read");
    await expect(page.getByLabel("Start from a preset")).toHaveValue("stale-session-token");
  });
});

test.describe("/credentials/ accessibility", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      test(`axe finds no violation, ${theme}, ${size}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await openInTheme(page, "/credentials/", theme);
        await expect(page.locator('sf-credentials[data-state="ready"]')).toBeAttached();
        await expect(page.getByLabel("Verdict")).not.toBeEmpty();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
        // Nothing sticks out sideways on a phone.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(viewport.width);
      });
    }
  }

  test("keyboard only: the preset, the SDK and the sign link are reachable, with a visible focus ring", async ({ page }) => {
    await open(page);
    await page.getByLabel("Start from a preset").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(/Environment variables/)).toBeFocused();
    const sign = page.getByRole("link", { name: "Sign with what this SDK would pick" });
    await sign.focus();
    const outline = await sign.evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).not.toBe("none");
  });
});

test.describe("client-side guides and /diagnose/", () => {
  test("a guide's worked example opens its machine in the simulator, and the guide keeps the site's spacing", async ({ page }) => {
    await page.goto("/errors/sso-session-expired/");
    // Headings keep Starlight's space above them (the CSS layer order: starlight.content over starlight.reset).
    const gap = await page.locator("#what-it-means").evaluate((h) => parseFloat(getComputedStyle(h.closest(".sl-heading-wrapper") ?? h).marginTop));
    expect(gap).toBeGreaterThan(16);
    const table = page.locator(".sf-worked-example table");
    await expect(table).toContainText("TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed");
    await page.getByRole("link", { name: "Open this machine in the credential simulator" }).click();
    await expect(page).toHaveURL(/\/credentials\/#preset=sso-session-expired$/);
    await expect(page.locator('sf-credentials[data-state="ready"]')).toBeAttached();
    await expect(page.getByLabel("Start from a preset")).toHaveValue("sso-session-expired");
    await expect(page.getByLabel("~/.aws/config")).toHaveValue(/sso_session = corp/);
  });

  test("a cause's link opens that cause's preset", async ({ page }) => {
    await page.goto("/errors/cli-works-sdk-doesnt/");
    await page.getByRole("link", { name: /Reproduce “AWS_PROFILE and environment keys are both set” in the credential simulator/ }).click();
    await expect(page.getByLabel("Start from a preset")).toHaveValue("cli-works-sdk-doesnt:aws-profile-beside-environment-keys");
    await expect(page.locator('[data-compare] tr[data-sdk="js-v3"]')).toContainText("shared-credentials-file");
    await expect(page.locator('[data-compare] tr[data-sdk="botocore"]')).toContainText("env");
  });

  test("/e/NoCredentialsError leads to the guide, and /diagnose/ recognises the botocore line", async ({ page }) => {
    await page.goto("/e/NoCredentialsError");
    await expect(page).toHaveURL(/\/errors\/no-credentials-found\/$/);
    await page.goto("/diagnose/");
    await page.getByLabel(/Error message/).fill("botocore.exceptions.NoCredentialsError: Unable to locate credentials");
    await page.getByRole("button", { name: "Diagnose" }).click();
    await expect(page.locator("[data-output]")).toContainText("Unable to locate credentials");
    await expect(page.locator('[data-output] a[href^="/errors/no-credentials-found/"]').first()).toBeVisible();
  });
});
