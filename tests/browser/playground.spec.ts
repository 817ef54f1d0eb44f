import { test, expect } from "@playwright/test";
import type { BrowserContext, FrameLocator, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import LZString from "lz-string";
import { readFileSync } from "node:fs";
import { sharedPath } from "../support/sharedDir.ts";

const GUIDE = "/errors/security-token-invalid/";
const EDITOR_BYTES = /createMonacoEditor|editor\.worker|\/Playground\.astro|\/play\//;
// The issue-3 identity table: none of these secrets or tokens may ever appear in a link.
const EXAMPLE_SECRETS = [
  "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "sigfixValidTemporarySecretKeyEXAMPLE0001",
  "sigfixExpiredTemporarySecretKeyEXAMPLE01",
  "sigfix-valid-session-token-EXAMPLE",
  "sigfix-expired-session-token-EXAMPLE",
];
const catalogue = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as {
  entries: Array<{ id: string; messageTemplate: string }>;
};

/** Records every URL any page, frame or worker of the context asks for. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

const lf = (text: string) => text.replace(/\r\n/g, "\n").replace(/\n+$/, "");

/** The worked example's response as the guide renders it (a plain <pre> under the caption "What AWS answers"). */
async function guideResponse(page: Page): Promise<string> {
  const pre = page.locator(".sf-worked-example figure", { has: page.locator("figcaption", { hasText: "What AWS answers" }) }).first().locator("pre");
  return lf(await pre.textContent() ?? "");
}

async function openFromGuide(page: Page): Promise<FrameLocator> {
  await page.goto(GUIDE);
  await page.getByRole("link", { name: "Open in playground" }).click();
  const frame = page.frameLocator('iframe[title^="Playground"]');
  await expect(frame.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
  return frame;
}

const responseText = async (scope: Page | FrameLocator) => lf((await scope.getByRole("region", { name: "AWS response" }).locator("pre").textContent()) ?? "");

/** STS signs 20 minutes ahead of a server at the lab's example time: the catalogue's "not yet current" message. */
function stsSkewMessage(): string {
  const template = catalogue.entries.find((entry) => entry.id === "query.SignatureDoesNotMatch.signature-not-yet-current")!.messageTemplate;
  return template
    .replace("{X-Amz-Date of request}", "20260115T122000Z")
    .replace("{server time + 15 min}", "20260115T121500Z")
    .replace("{server time}", "20260115T120000Z");
}

test.describe("the playground from a guide", () => {
  test("a guide page loads no editor bytes before the click", async ({ page, context }) => {
    const urls = recordRequests(context);
    await page.goto(GUIDE, { waitUntil: "networkidle" });
    expect(urls.filter((url) => EDITOR_BYTES.test(url))).toEqual([]);
    await expect(page.locator('link[rel="stylesheet"][href*="Monaco"], link[rel="stylesheet"][href*="monaco"]')).toHaveCount(0);
    await expect(page.locator("iframe")).toHaveCount(0);
  });

  test("Open in playground shows the worked example's exact AWS response", async ({ page }) => {
    const frame = await openFromGuide(page);
    const expected = await guideResponse(page);
    expect(expected).toMatch(/^HTTP\/1\.1 403 /);
    await expect.poll(() => responseText(frame)).toBe(expected);
    await expect(page.getByRole("link", { name: "Open in playground" })).toHaveAttribute("aria-expanded", "true");
  });

  test("a clock 20 minutes ahead turns it into STS's skew error, and a copied link restores it without secrets", async ({ page, context }) => {
    const urls = recordRequests(context);
    const frame = await openFromGuide(page);
    await frame.getByLabel("Clock skew (minutes)").fill("20");
    await expect.poll(() => responseText(frame)).toContain(`<Message>${stsSkewMessage()}</Message>`);
    expect(await responseText(frame)).toMatch(/^HTTP\/1\.1 403 Forbidden\n[\s\S]*<Code>SignatureDoesNotMatch<\/Code>/);
    const skewed = await responseText(frame);

    await frame.getByRole("button", { name: "Copy link" }).click();
    const link = await frame.getByLabel("Link to this state").inputValue();
    const fragment = new URL(link).hash;
    expect(fragment).toMatch(/^#v1=/);
    const decoded = LZString.decompressFromEncodedURIComponent(fragment.slice(4))!;
    for (const secret of EXAMPLE_SECRETS) {
      expect(link).not.toContain(encodeURIComponent(secret));
      expect(decoded).not.toContain(secret);
    }

    const tab = await context.newPage();
    await tab.goto(link);
    await expect(tab.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect(tab.getByLabel("Clock skew (minutes)")).toHaveValue("20");
    await expect.poll(() => responseText(tab)).toBe(skewed);

    const origin = new URL(page.url()).origin;
    expect(urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  // The whole page, frame included: a partial context would run page-level rules (one main) on the frame alone.
  test("axe finds no violation with the playground open", async ({ page }) => {
    const frame = await openFromGuide(page);
    await expect(frame.locator(".monaco-editor")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  });
});

test.describe("the playground page", () => {
  test("is noindex and left out of the sitemap", async ({ page, request }) => {
    await page.goto("/play/");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const sitemap = await (await request.get("/sitemap-0.xml")).text();
    expect(sitemap).toContain("/errors/security-token-invalid/");
    expect(sitemap).not.toContain("/play/");
  });

  test("axe finds no violation on /play/ with Monaco loaded", async ({ page }) => {
    await page.goto("/play/");
    await expect(page.locator('sf-playground[data-state="ready"] .monaco-editor')).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  });

  test("a typed secret stays out of the link, and the page that opens it says so", async ({ page, context }) => {
    await page.goto("/play/");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await page.getByLabel("Secret access key").fill("MyTypedSecretKeyValue123/abcdefghijklmnop");
    await page.getByLabel("Session token").fill("MyTypedSessionTokenValue-0123456789");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("It leaves out the secret access key you typed, the session token you typed")).toBeVisible();
    const link = await page.getByLabel("Link to this state").inputValue();
    const decoded = LZString.decompressFromEncodedURIComponent(new URL(link).hash.slice(4))!;
    expect(decoded).not.toContain("MyTypedSecretKeyValue123");
    expect(decoded).not.toContain("MyTypedSessionTokenValue");
    const tab = await context.newPage();
    await tab.goto(link);
    await expect(tab.getByText("The link left out the secret access key its author typed")).toBeVisible();
    await expect(tab.getByLabel("Secret access key")).toHaveValue("");
  });

  test("a broken link opens the default scenario with a visible note", async ({ page }) => {
    await page.goto("/play/#v1=N4IgdghgtgpiBcIBCBVA8gWQ");
    await expect(page.getByText(/This link could not be read/)).toBeVisible();
    await expect.poll(() => responseText(page)).toMatch(/^HTTP\/1\.1 200 OK/);
  });

  test("a real-looking key gets a note that nothing leaves the browser", async ({ page }) => {
    await page.goto("/play/");
    await page.getByLabel("Access key ID").fill("AKIASIGFIXLOOKSREAL1");
    await expect(page.getByText(/AKIASIGFIXLOOKSREAL1 looks like a real AWS access key\. Nothing leaves your browser/)).toBeVisible();
    await page.getByLabel("Access key ID").fill("AKIAIOSFODNN7EXAMPLE");
    await expect(page.getByText(/looks like a real AWS access key/)).toBeHidden();
  });

  test("Ctrl+M lets Tab leave the editor, and the escape is shown", async ({ page }) => {
    await page.goto("/play/");
    const editor = page.locator(".monaco-editor");
    await expect(editor).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/Press Ctrl\s*\+\s*M/)).toBeVisible();
    await editor.click();
    await page.keyboard.press("Control+m");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest(".monaco-editor"))).toBe(false);
  });

  test("token state, sign mode and tampering change the verdict", async ({ page }) => {
    await page.goto("/play/#preset=sts");
    await expect.poll(() => responseText(page)).toMatch(/^HTTP\/1\.1 200 OK/);
    await page.getByLabel("Token state").selectOption("expired");
    await expect.poll(() => responseText(page)).toContain("<Code>ExpiredToken</Code>");
    await page.getByLabel("Token state").selectOption("valid");
    await page.getByLabel("After signing, your code").selectOption("body");
    await expect.poll(() => responseText(page)).toContain("<Code>SignatureDoesNotMatch</Code>");
    await expect(page.locator("mark").first()).toBeVisible();
  });
});

test.describe("the playground on a narrow screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("uses a plain textarea and answers bad input with a message", async ({ page, context }) => {
    const urls = recordRequests(context);
    await page.goto("/play/");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.locator(".monaco-editor")).toHaveCount(0);
    expect(urls.filter((url) => /createMonacoEditor|editor\.worker/.test(url) && url.endsWith(".js"))).toEqual([]);
    const editor = page.getByLabel("Request (raw HTTP, before signing)");
    await editor.fill("GET / HTTP/1.1\nno colon here\n\n");
    await expect(page.getByRole("alert")).toContainText("has no colon");
    await expect(page.getByRole("region", { name: "AWS response" })).toContainText("no response");

    await editor.fill("POST / HTTP/1.1\n\u0000\u0001\u0002\u00ff\ufffd: \u0007\n\n\u0000garbage");
    await expect(page.getByRole("alert")).not.toBeEmpty();

    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>("#sf-request")!;
      area.value = `POST / HTTP/1.1\nHost: sts.us-east-1.amazonaws.com\n\n${"x".repeat(5 * 1024 * 1024)}`;
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect(page.getByRole("alert")).toContainText("MB");
    await expect(page.getByRole("heading", { name: "Playground" })).toBeVisible();
  });
});
