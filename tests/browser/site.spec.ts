import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The folder the preview serves (see playwright.config.ts): .test-results/site under `npm test`, else dist/.
const DIST = path.join(fileURLToPath(new URL("../../", import.meta.url)), process.env.SIGFIX_TEST_DIST ?? "dist");

function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) pages.push(...builtPages(full));
    else if (name === "index.html") pages.push(`/${path.relative(DIST, dir).split(path.sep).join("/")}${dir === DIST ? "" : "/"}`);
  }
  return pages.sort();
}

const shortLinks = readFileSync(path.join(DIST, "_redirects"), "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split(" "))
  .map(([from, to, status]) => ({ from: from!, to: to!, status: status! }));

test.describe("every built page", () => {
  for (const page of builtPages().filter((p) => !p.startsWith("/e/"))) {
    test(`${page} renders with no console error`, async ({ page: tab }) => {
      const problems: string[] = [];
      tab.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      tab.on("pageerror", (error) => problems.push(error.message));
      const response = await tab.goto(page);
      expect(response?.status()).toBe(200);
      await expect(tab.locator("h1").first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});

test.describe("short links", () => {
  test("the build writes a _redirects line per short link and its lower-case spelling, each a 301 to an error guide", () => {
    expect(shortLinks.length).toBeGreaterThan(1);
    const canonical = shortLinks.filter((link) => /^\/e\/[A-Z]/.test(link.from));
    for (const link of shortLinks) {
      expect(link.from).toMatch(/^\/e\/[A-Za-z][A-Za-z0-9]+$/);
      expect(link.to).toMatch(/^\/errors\/[a-z0-9-]+\/$/);
      expect(link.status).toBe("301");
      const owner = canonical.find((c) => c.from.toLowerCase() === link.from.toLowerCase());
      expect(owner?.to).toBe(link.to);
    }
  });

  for (const link of shortLinks) {
    test(`${link.from} lands on its guide`, async ({ page }) => {
      await page.goto(link.from);
      await expect(page).toHaveURL(new RegExp(`${link.to}$`));
      await expect(page.locator("h1").first()).toBeVisible();
      const code = link.from.slice(3);
      await expect(page.locator("main")).toContainText(new RegExp(code, "i"));
    });
  }

  test("a short link keeps its #cause fragment", async ({ page }) => {
    await page.goto("/e/InvalidClientTokenId#stale-session-token");
    await expect(page).toHaveURL(/\/errors\/security-token-invalid\/#stale-session-token$/);
    await expect(page.locator("#stale-session-token")).toBeVisible();
  });

  for (const typed of ["/e/invalidsignatureexception#wrong-secret", "/e/InvalidSignatureEXCEPTION#wrong-secret", "/e/INVALIDSIGNATUREEXCEPTION/#wrong-secret"]) {
    test(`${typed} reaches the guide's cause, whatever the case`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(typed);
      await expect(page).toHaveURL(/\/errors\/signature-does-not-match\/#wrong-secret$/);
      const cause = page.locator("#wrong-secret");
      await expect(cause).toBeInViewport();
      const box = (await cause.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(900);
    });
  }

  test("a misspelt short link answers 404 and suggests the nearest codes, keeping the fragment", async ({ page }) => {
    const response = await page.goto("/e/SignatureDoesntMatch#wrong-secret");
    expect(response?.status()).toBe(404);
    const suggestion = page.getByRole("link", { name: "SignatureDoesNotMatch", exact: true });
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toHaveAttribute("href", "/e/SignatureDoesNotMatch#wrong-secret");
  });

  test("an unknown short link answers 404 with a page that offers search", async ({ page }) => {
    const response = await page.goto("/e/NoSuchErrorCode");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Diagnose/ }).first()).toBeVisible();
  });
});

test.describe("the flagship guide", () => {
  test("quotes both message variants exactly and anchors each cause", async ({ page }) => {
    await page.goto("/errors/security-token-invalid/");
    const exact = page.locator("main code.sf-exact");
    const texts = await exact.allTextContents();
    expect(texts).toContain("The security token included in the request is invalid.");
    expect(texts).toContain("The security token included in the request is invalid");
    for (const id of [
      "asia-key-without-token",
      "stale-session-token",
      "environment-overrides-profile",
      "key-deactivated-deleted-or-new",
      "v1-token-in-opt-in-region",
      "session-credentials-without-mfa-calling-iam",
      "key-pasted-with-whitespace-or-swapped",
      "wrong-endpoint",
    ]) {
      await expect(page.locator(`h3#${id}`)).toHaveCount(1);
    }
  });
});

const TEMPLATES = ["/", "/errors/", "/errors/security-token-invalid/", "/how-to/which-credentials/", "/e/NoSuchErrorCode"];

test.describe("accessibility", () => {
  for (const url of TEMPLATES) {
    test(`axe finds no violation on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    });
  }
});

test.describe("search", () => {
  const PASTED: Array<[string, RegExp]> = [
    ["The security token included in the request is invalid", /\/errors\/security-token-invalid\//],
    ["The security token included in the request is expired", /\/errors\/expired-token\//],
    ["Signature expired: 20260115T114000Z is now earlier than", /\/errors\/clock-skew\//],
    ["Credential should be scoped to a valid region", /\/errors\/credential-scope\//],
    ["The AWS Access Key Id you provided does not exist in our records.", /\/errors\/s3-invalid-access-key-id\//],
    ["AWS was not able to validate the provided access credentials", /\/errors\/ec2-auth-failure\//],
  ];
  for (const [message, guide] of PASTED) {
    test(`finds ${guide.source.replace(/\\/g, "")} first for a pasted "${message}"`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("button", { name: /^Search/ }).click();
      const input = page.locator("#starlight__search input");
      await input.fill(message);
      const first = page.locator("#starlight__search .pagefind-ui__result-link").first();
      await expect(first).toHaveAttribute("href", guide, { timeout: 10_000 });
    });
  }
});

test.describe("search loading", () => {
  test("a guide loads Pagefind's UI only when the reader reaches for search; Ctrl+K and typing then work", async ({ page }) => {
    const searchUi: string[] = [];
    page.on("request", (request) => {
      if (/\/ui-core\.[^/]+\.js$/.test(new URL(request.url()).pathname)) searchUi.push(request.url());
    });
    await page.goto("/errors/security-token-invalid/", { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    expect(searchUi).toEqual([]);
    await page.keyboard.press("Control+k");
    const input = page.locator("#starlight__search input");
    await expect(input).toBeFocused();
    await page.keyboard.type("Signature not yet current");
    const first = page.locator("#starlight__search .pagefind-ui__result-link").first();
    await expect(first).toHaveAttribute("href", /\/errors\/clock-skew\//, { timeout: 10_000 });
    expect(searchUi.length).toBe(1);
  });
});
