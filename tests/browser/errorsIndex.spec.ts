import { test, expect } from "@playwright/test";

// /errors/ at a phone's and a desktop's width: every cell of every row is on screen, nothing scrolls sideways.
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`/errors/ shows every column of every row at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/errors/");
    const scroll = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll.doc).toBeLessThanOrEqual(scroll.inner);
    const rows = page.locator("table.sf-codes tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const parts = [
        row.locator("th code"),
        row.getByRole("link", { name: /^\/e\// }),
        row.locator("td.sf-codes-messages code").first(),
        row.locator("td.sf-codes-guide a"),
      ];
      for (const part of parts) {
        await part.scrollIntoViewIfNeeded();
        const box = await part.boundingBox();
        expect(box, `row ${i}`).not.toBeNull();
        expect(box!.width).toBeGreaterThan(0);
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
      }
    }
  });
}

test("/errors/ lists each code with its short link, messages and guide, from frontmatter", async ({ page }) => {
  await page.goto("/errors/");
  const row = page.locator("table.sf-codes tbody tr", { has: page.locator("th code", { hasText: /^InvalidClientTokenId$/ }) });
  await expect(row.getByRole("link", { name: "/e/InvalidClientTokenId" })).toHaveAttribute("href", "/e/InvalidClientTokenId");
  await expect(row.locator("td.sf-codes-messages")).toContainText("The security token included in the request is invalid.");
  await expect(row.locator("td.sf-codes-guide a")).toHaveAttribute("href", "/errors/security-token-invalid/");
});
