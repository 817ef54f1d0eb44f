// The playground as a reader sees it: where the answer is on screen, which theme it wears, and how the two worlds
// (the client's region against the Host's) produce AWS's credential-scope error. Boxes and colours, not only text.
import { test, expect } from "@playwright/test";
import type { Frame, Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { sharedPath } from "../support/sharedDir.ts";

const catalogue = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as {
  entries: Array<{ id: string; messageTemplate: string }>;
};
/** The catalogue's exact credential-scope sentence for a region (trailing space included, as STS sends it). */
const scopeMessage = (region: string) =>
  catalogue.entries.find((entry) => entry.id === "scope.wrong-region")!.messageTemplate.replace("{region from credential}", region);

const FIVE_GUIDES = [
  "/errors/security-token-invalid/",
  "/errors/clock-skew/",
  "/errors/credential-scope/",
  "/errors/s3-authorization-header-malformed/",
  "/errors/dynamodb-local-invalid-key/",
];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const responseText = async (scope: Page | Frame) =>
  ((await scope.getByRole("region", { name: "AWS response" }).locator("pre").textContent()) ?? "").replace(/\r\n/g, "\n");

/** Opens a guide's worked example in place; resolves with the frame element and its document once it has sized. */
async function openInGuide(page: Page, guide: string): Promise<{ element: Locator; frame: Frame }> {
  await page.goto(guide);
  await page.getByRole("link", { name: "Open in playground" }).click();
  const element = page.locator('iframe[title^="Playground"]');
  const frame = (await (await element.elementHandle())!.contentFrame())!;
  await expect(frame.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
  // Sized to fit: the frame's document no longer scrolls inside it.
  await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight), { timeout: 10_000 }).toBeLessThanOrEqual(1);
  return { element, frame };
}

/** 0 (black) to 1 (white), from a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ["255", "255", "255"]).map(Number).map((c) => c / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const background = (scope: Page | Frame, selector: string) => scope.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe("the playground inside a guide", () => {
  test.use({ viewport: DESKTOP });

  for (const guide of FIVE_GUIDES) {
    test(`${guide}: the AWS response is fully visible in the frame, with no scrolling inside it`, async ({ page }) => {
      const { element, frame } = await openInGuide(page, guide);
      const outer = (await element.boundingBox())!;
      const region = (await frame.getByRole("region", { name: "AWS response" }).boundingBox())!;
      expect(outer.height).toBeGreaterThan(400);
      expect(region.height).toBeGreaterThan(150);
      expect(region.y).toBeGreaterThanOrEqual(outer.y);
      expect(region.y + region.height).toBeLessThanOrEqual(outer.y + outer.height);
      expect(region.x + region.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
      expect(await responseText(frame)).toMatch(/^HTTP\/1\.1 \d{3} /);
    });
  }

  test("the close button removes the frame and gives focus back to the link; one main landmark throughout", async ({ page }) => {
    const { frame } = await openInGuide(page, FIVE_GUIDES[0]!);
    const link = page.getByRole("link", { name: "Open in playground" });
    await expect(link).toHaveAttribute("aria-expanded", "true");
    expect(await page.locator("main, [role=main]").count()).toBe(1);
    expect(await frame.locator("main, [role=main]").count()).toBe(0);
    await page.getByRole("button", { name: "Close playground" }).click();
    await expect(page.locator('iframe[title^="Playground"]')).toHaveCount(0);
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute("aria-expanded", "false");
  });

  test("the preset menu names the scenario the guide opened", async ({ page }) => {
    const { frame } = await openInGuide(page, "/errors/credential-scope/");
    const preset = frame.getByLabel("Preset");
    await expect(preset).not.toHaveValue("");
    await expect(preset.locator("option:checked")).toHaveText("The client is configured for another region than the endpoint");
  });

  test("with the site's theme set to dark the frame renders dark, and follows the theme picker live", async ({ page, context }) => {
    await context.addInitScript(() => localStorage.setItem("starlight-theme", "dark"));
    const { frame } = await openInGuide(page, FIVE_GUIDES[0]!);
    expect(luminance(await background(frame, "body"))).toBeLessThan(0.2);
    await expect(frame.locator(".monaco-editor")).toBeVisible();
    expect(luminance(await background(frame, ".monaco-editor-background"))).toBeLessThan(0.2);
    await page.locator("starlight-theme-select select").first().selectOption("light");
    await expect.poll(async () => luminance(await background(frame, "body"))).toBeGreaterThan(0.8);
    await expect.poll(async () => luminance(await background(frame, ".monaco-editor-background"))).toBeGreaterThan(0.8);
  });
});

for (const [name, viewport] of [["1280×900", DESKTOP], ["390×844", PHONE]] as const) {
  test.describe(`/play/ at ${name}`, () => {
    test.use({ viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });

    test('the verdict is in view after "Clock skew (minutes)" is set to 20', async ({ page }) => {
      await page.goto("/play/");
      await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
      // Scroll the way a reader does, past the controls, then change the skew.
      await page.getByText("Client and server, side by side").scrollIntoViewIfNeeded();
      await page.getByLabel("Clock skew (minutes)").fill("20");
      const verdict = page.locator('[data-out="verdict"]');
      await expect(verdict).toContainText("clock-skew check");
      const box = (await verdict.boundingBox())!;
      const header = (await page.locator("header.header").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      if (viewport === DESKTOP) {
        const response = (await page.getByRole("region", { name: "AWS response" }).boundingBox())!;
        expect(response.y + 120).toBeLessThanOrEqual(viewport.height);
      }
    });

    test("with the site's theme set to dark it renders dark", async ({ page, context }) => {
      await context.addInitScript(() => localStorage.setItem("starlight-theme", "dark"));
      await page.goto("/play/");
      await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
      expect(luminance(await background(page, "body"))).toBeLessThan(0.2);
      expect(luminance(await page.getByRole("region", { name: "AWS response" }).locator("pre").evaluate((el) => getComputedStyle(el).color))).toBeGreaterThan(0.7);
    });
  });
}

test.describe("two worlds: the client's region against the endpoint's", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  async function open(page: Page): Promise<void> {
    await page.goto("/play/#preset=sts");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect.poll(() => responseText(page)).toMatch(/^HTTP\/1\.1 200 OK/);
  }

  test("signing STS for eu-west-3 against the us-east-1 host gives the exact credential-scope error", async ({ page }) => {
    await open(page);
    await expect(page.locator('[data-out="endpoint"]')).toHaveText("sts in us-east-1");
    await page.getByLabel("Region it signs for").fill("eu-west-3");
    await expect.poll(() => responseText(page)).toContain(`<Message>${scopeMessage("eu-west-3")}</Message>`);
    expect(await responseText(page)).toMatch(/^HTTP\/1\.1 403 Forbidden\n[\s\S]*<Code>SignatureDoesNotMatch<\/Code>/);
  });

  test("editing the Host to eu-west-3 while signing for us-east-1 gives the mirror case", async ({ page }) => {
    await open(page);
    const editor = page.getByLabel("Request (raw HTTP, before signing)");
    await editor.fill((await editor.inputValue()).replace("sts.us-east-1.amazonaws.com", "sts.eu-west-3.amazonaws.com"));
    await expect(page.locator('[data-out="endpoint"]')).toHaveText("sts in eu-west-3");
    await expect.poll(() => responseText(page)).toContain(`<Message>${scopeMessage("us-east-1")}</Message>`);
    await page.getByLabel("Region it signs for").fill("eu-west-3");
    await expect.poll(() => responseText(page)).toMatch(/^HTTP\/1\.1 200 OK/);
  });

  test("a region that is not one: signed for, AWS names it; in the Host, nothing answers", async ({ page }) => {
    await open(page);
    await page.getByLabel("Region it signs for").fill("not-a-region");
    await expect.poll(() => responseText(page)).toContain(`<Message>${scopeMessage("not-a-region")}</Message>`);
    await page.getByLabel("Region it signs for").fill("us-east-1");
    const editor = page.getByLabel("Request (raw HTTP, before signing)");
    await editor.fill((await editor.inputValue()).replace("sts.us-east-1.amazonaws.com", "sts.not-a-region.amazonaws.com"));
    await expect(page.locator('[data-out="verdict"]')).toContainText("does not resolve");
    await expect.poll(() => responseText(page)).toContain("never reaches AWS");
  });
});

test.describe("controls that say what they do", () => {
  test.use({ viewport: DESKTOP });

  test("a skew that is not a number gets a message, not a silent 0", async ({ page }) => {
    await page.goto("/play/");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    const skew = page.getByLabel("Clock skew (minutes)");
    await skew.fill("abc");
    await expect(skew).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#sf-skew-note")).toContainText("“abc” is not a number of minutes");
    await skew.fill("-20");
    await expect(skew).toHaveAttribute("aria-invalid", "false");
    await expect(page.locator("#sf-skew-note")).toHaveText("Your clock: 11:40:00 UTC, 20 min behind AWS's.");
  });

  test("token state says which identity signs", async ({ page }) => {
    await page.goto("/play/#preset=sts");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await page.getByLabel("Token state").selectOption("expired");
    await expect(page.locator("#sf-identity-note")).toContainText("Signs as ASIASIGFIXEXPIRED001");
    await expect.poll(() => responseText(page)).toContain("<Code>ExpiredToken</Code>");
  });

  test("the presign expiry shown is the one used, and disabled controls say why", async ({ page }) => {
    await page.goto("/play/#preset=sts");
    await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.getByLabel("DynamoDB Local")).toBeDisabled();
    await expect(page.locator("#sf-local-note")).toContainText("DynamoDB Local emulates DynamoDB only");
    await expect(page.getByLabel("Expires in (seconds)")).toBeDisabled();
    await page.getByLabel("Presigned URL").check();
    const expires = page.getByLabel("Expires in (seconds)");
    await expect(expires).toHaveAttribute("placeholder", "3600");
    await expect(page.locator('[data-out="signed"]')).toContainText("X-Amz-Expires=3600");
    await expires.fill("900");
    await expect(page.locator('[data-out="signed"]')).toContainText("X-Amz-Expires=900");
  });

  test("the Tab-escape hint comes before the editor and describes it", async ({ page }) => {
    await page.goto("/play/");
    const editor = page.locator(".monaco-editor");
    await expect(editor).toBeVisible({ timeout: 15_000 });
    const hint = (await page.locator("#sf-tab-hint").boundingBox())!;
    expect(hint.y + hint.height).toBeLessThanOrEqual((await editor.boundingBox())!.y + 1);
    const described = await page.locator('.monaco-editor [aria-describedby="sf-tab-hint"]').count();
    expect(described).toBeGreaterThan(0);
  });

  test("the verdict is a polite live region", async ({ page }) => {
    await page.goto("/play/");
    await expect(page.getByRole("status").filter({ hasText: "Accepted: AWS answers 200" })).toHaveCount(1);
    await page.getByLabel("Clock skew (minutes)").fill("20");
    await expect(page.getByRole("status").filter({ hasText: "Rejected with SignatureDoesNotMatch" })).toHaveCount(1);
  });
});
