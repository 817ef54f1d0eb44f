// The timeline and the SDK panel inside the playground: moving the request time is the skew control, and the panel
// prints the same failure as botocore does (format: botocore/exceptions.py ClientError.MSG_TEMPLATE,
// "An error occurred ({error_code}) when calling the {operation_name} operation{retry_info}: {error_message}").
import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";

async function open(page: Page, hash = "#preset=sts"): Promise<void> {
  await page.goto(`/play/${hash}`);
  await expect(page.locator('sf-playground[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
}

test.describe("the timeline in the playground", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("arrow keys on the request handle move the skew a minute at a time, and the verdict follows", async ({ page }) => {
    await open(page);
    const handle = page.getByRole("slider", { name: "Request time (X-Amz-Date)" });
    await handle.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowLeft");
    await expect(page.getByLabel("Clock skew (minutes)")).toHaveValue("-20");
    await expect(handle).toHaveAttribute("aria-valuetext", "request 20 minutes behind the server: outside the 15-minute window");
    await expect(page.locator('[data-out="verdict"]')).toContainText("by the clock-skew check");
    const box = (await page.locator('[data-out="verdict"]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  });

  test("typing a skew moves the request handle", async ({ page }) => {
    await open(page);
    await page.getByLabel("Clock skew (minutes)").fill("-5");
    await expect(page.getByRole("slider", { name: "Request time (X-Amz-Date)" })).toHaveAttribute("aria-valuenow", "-5");
  });

  test("moving the server clock moves AWS's clock, not the client's", async ({ page }) => {
    await open(page);
    const server = page.getByRole("slider", { name: "Server clock" });
    await server.focus();
    await page.keyboard.press("PageUp");
    await expect(page.getByLabel("Clock skew (minutes)")).toHaveValue("-60");
    await expect(page.locator('[data-out="server-clock"]')).toHaveText("2026-01-15 13:00:00 UTC (moved on the timeline)");
    await expect(page.locator('[data-out="client-clock"]')).toHaveText("Your clock: 12:00:00 UTC, 1 h behind AWS's.");
  });
});

test.describe("what your SDK shows, in the playground", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("botocore's words for the credential-scope error, beside AWS's response", async ({ page }) => {
    await open(page);
    await page.getByLabel("Region it signs for").fill("eu-west-3");
    const panel = page.locator("sf-sdk-output").getByRole("tabpanel");
    await expect(panel).toContainText(
      "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Credential should be scoped to a valid region, not 'eu-west-3'. ",
    );
    await page.getByLabel("Region it signs for").fill("us-east-1");
    await expect(page.locator("sf-sdk-output")).toContainText("The request was accepted");
  });
});
