// The upload workbench (/play/upload/) as a reader meets it: the verdict in view after a choice, the keyboard alone,
// visible focus, the dark theme's colours, axe in both themes and widths, bad input answered in the page, and not
// one request to another origin.
import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SIGNATURE_DOES_NOT_MATCH = "Rejected: S3 answers 403 SignatureDoesNotMatch.";

const verdict = (page: Page) => page.getByRole("status").filter({ hasText: /^(Accepted|Rejected|No answer)/ });

/** Opens the workbench and waits for its first answer. */
async function open(page: Page, hash = ""): Promise<void> {
  await page.goto(`/play/upload/${hash}`);
  await expect(page.locator('sf-upload-workbench[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
}

/** Every request the page makes, by origin: the workbench must ask nothing of any origin but its own. */
function recordOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on("request", (request) => {
    origins.add(new URL(request.url()).origin);
    // Page weight: the workbench never pulls in the playground's editor.
    if (/monaco|editor\.worker/i.test(request.url())) origins.add(`Monaco was loaded: ${request.url()}`);
  });
  return origins;
}

/** 0 (black) to 1 (white), from a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ["255", "255", "255"]).map(Number).map((c) => c / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${size} width`, () => {
    test.use({ viewport, isMobile: size === "phone", hasTouch: size === "phone" });

    test("FormData to a presigned PUT: SignatureDoesNotMatch is on screen, with the diff naming content-type", async ({ page, baseURL }) => {
      const origins = recordOrigins(page);
      await open(page);
      await expect(verdict(page)).toHaveText("Accepted: S3 answers 200 OK.");
      const client = page.getByLabel("Client", { exact: true });
      await client.scrollIntoViewIfNeeded();
      await client.selectOption("fetch-formdata");
      await expect(verdict(page)).toHaveText(SIGNATURE_DOES_NOT_MATCH);
      const box = (await verdict(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expect(page.locator("[data-out=response]")).toContainText("<Code>SignatureDoesNotMatch</Code>");
      await expect(page.locator("[data-out=response]")).toContainText("HTTP/1.1 403 Forbidden");
      await expect(page.locator("[data-out=sent]")).toContainText("Content-Type: multipart/form-data; boundary=");
      await expect(page.locator("[data-out=diff-note]")).toContainText("header content-type");
      await expect(page.locator("[data-out=fix]")).toContainText("not a FormData");
      expect([...origins]).toEqual([new URL(baseURL!).origin]);
    });

    test("the raw requests wrap: no block is wider than the page", async ({ page }) => {
      await open(page, "#preset=put-formdata");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const out of ["signed", "sent", "response"]) {
        const wraps = await page.locator(`[data-out=${out}]`).evaluate((el) => getComputedStyle(el).whiteSpace);
        expect(wraps).toBe("pre-wrap");
      }
    });

    for (const theme of ["light", "dark"] as const) {
      test(`axe finds no violation in the ${theme} theme, PUT and POST`, async ({ page, context }) => {
        test.setTimeout(90_000);
        await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
        await open(page, "#preset=put-formdata");
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        const put = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
        expect(put).toEqual([]);
        await open(page, "#preset=post-fields-after-file");
        const post = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
        expect(post).toEqual([]);
      });
    }
  });
}

test.describe("by keyboard alone", () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test("Tab reaches the client, the arrow keys choose FormData, and the answer changes; focus is visible", async ({ page }) => {
    await open(page);
    const client = page.getByLabel("Client", { exact: true });
    for (let i = 0; i < 40 && !(await client.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(client).toBeFocused();
    const outline = await client.evaluate((el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth);
    expect(outline).toBe("solid 2px");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(client).toHaveValue("fetch-formdata");
    await expect(verdict(page)).toHaveText(SIGNATURE_DOES_NOT_MATCH);
  });

  test("a POST form's part moves by its buttons, focus stays on it, and a screen reader hears where it went", async ({ page }) => {
    await open(page, "#preset=post-ok");
    const later = page.getByRole("button", { name: "Move key later" });
    await later.focus();
    await page.keyboard.press("Enter");
    const moved = page.getByRole("button", { name: "Move key later" });
    await expect(moved).toBeFocused();
    await expect(page.locator("[data-out=order-status]")).toHaveText("key is now part 2 of 9.");
    await expect(page.locator("[data-order] li").first()).toHaveAttribute("data-part", "Content-Type");
    const body = await page.locator("[data-out=sent]").textContent();
    expect(body!.indexOf('name="Content-Type"')).toBeLessThan(body!.indexOf('name="key"'));
  });

  test("a preset from the picker replaces the choices, and the live region announces the new verdict", async ({ page }) => {
    await open(page);
    const preset = page.getByLabel("Preset: a common client mistake");
    await preset.focus();
    await preset.selectOption("put-expired");
    await expect(verdict(page)).toHaveText("Rejected: S3 answers 403 AccessDenied.");
    await expect(verdict(page)).toHaveAttribute("aria-atomic", "true");
    await expect(page.locator("[data-out=response]")).toContainText("<Message>Request has expired</Message>");
  });
});

test.describe("the dark theme", () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test("the answer, the requests and the controls take the site's dark colours", async ({ page, context }) => {
    await context.addInitScript(() => localStorage.setItem("starlight-theme", "dark"));
    await open(page, "#preset=put-formdata");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const style = (selector: string) => page.locator(selector).first().evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    const pageBg = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
    const box = await style("[data-out=verdict-box]");
    expect(box.background).toBe(pageBg);
    expect(luminance(pageBg)).toBeLessThan(0.2);
    for (const selector of ["[data-out=verdict]", "[data-out=response]", "[data-out=sent]", "#uw-put-bucket"]) {
      const s = await style(selector);
      expect(luminance(s.color), selector).toBeGreaterThan(0.7);
      if (s.background !== "rgba(0, 0, 0, 0)") expect(luminance(s.background), selector).toBeLessThan(0.25);
    }
    // A rejected upload's verdict is marked with the site's own red, as the theme resolves it.
    const red = await page.locator("[data-out=verdict-box]").evaluate((el) => getComputedStyle(el).borderInlineStartColor);
    const themeRed = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "var(--sl-color-red)";
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    expect(red).toBe(themeRed);
    expect(themeRed).not.toBe("rgb(0, 0, 0)");
  });
});

test.describe("bad input", () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test("a policy that is not JSON or base64 gets a message, and the rest of the page keeps working", async ({ page, baseURL }) => {
    const origins = recordOrigins(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await open(page, "#preset=post-ok");
    await page.getByLabel("Policy document (JSON, or the policy field's base64)").fill("this is %%% not a policy");
    await expect(page.getByRole("alert")).toContainText("neither JSON nor base64");
    await expect(page.locator("[data-out=sent]")).toContainText("this is %%% not a policy");
    await page.getByLabel("Policy document (JSON, or the policy field's base64)").fill('{ "expiration": ');
    await expect(page.getByRole("alert")).toContainText("not JSON");
    // The rest still answers: rebuild the policy, then switch to PUT and break its Content-Type.
    await page.getByRole("button", { name: "Rebuild from the conditions" }).click();
    await expect(page.getByRole("alert")).toBeHidden();
    await page.getByLabel("a presigned PUT URL").check();
    await page.getByLabel("Client", { exact: true }).selectOption("axios-default");
    await expect(verdict(page)).toHaveText(SIGNATURE_DOES_NOT_MATCH);
    expect(errors).toEqual([]);
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  test("a 5 MB form gets a clear message instead of an answer, and a smaller one answers again", async ({ page }) => {
    await open(page, "#preset=post-ok");
    const size = page.getByLabel("File size (bytes)").last();
    await size.fill("5000000");
    await expect(verdict(page)).toContainText("No answer: The upload is 5.0 MB");
    await size.fill("2048");
    await expect(verdict(page)).toHaveText(/^(Accepted|Rejected)/);
  });

  test("a size that is not a number is marked and named; a hand-edited link is reported, not thrown", async ({ page }) => {
    await open(page);
    const size = page.getByLabel("File size (bytes)").first();
    await size.fill("lots");
    await expect(size).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert")).toContainText("File size (bytes)");
    await open(page, "#u1=garbage");
    await expect(page.locator('[data-note="link"]')).toContainText("This link could not be read");
    await expect(verdict(page)).toHaveText("Accepted: S3 answers 200 OK.");
  });
});

test("Copy link gives a link that reopens the same choices and carries no secret", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "#preset=put-charset");
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByLabel("Link to these choices").inputValue();
  expect(link).toMatch(/\/play\/upload\/#u1=/);
  expect(link).not.toContain("wJalrXUtnFEMI");
  await open(page, link.slice(link.indexOf("#")));
  await expect(page.getByLabel("Client", { exact: true })).toHaveValue("fetch-string");
  await expect(verdict(page)).toHaveText(SIGNATURE_DOES_NOT_MATCH);
});
