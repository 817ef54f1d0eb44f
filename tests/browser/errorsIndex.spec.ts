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
    // Every cell's box, read in one pass: horizontal positions do not depend on the vertical scroll.
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll("table.sf-codes tbody tr")].map((row) =>
        ["th code", "th a", "td.sf-codes-messages code", "td.sf-codes-guide a"].map((selector) => {
          const el = row.querySelector(selector);
          const r = el?.getBoundingClientRect();
          return r ? { selector, x: r.x, right: r.right, width: r.width, height: r.height } : { selector, missing: true };
        }),
      ),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, row] of boxes.entries()) {
      for (const box of row) {
        expect(box, `row ${i} ${box.selector}`).not.toHaveProperty("missing");
        const b = box as { x: number; right: number; width: number; height: number };
        expect(b.width * b.height, `row ${i} ${box.selector} has a size`).toBeGreaterThan(0);
        expect(b.x, `row ${i} ${box.selector} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(b.right, `row ${i} ${box.selector} ends on screen`).toBeLessThanOrEqual(viewport.width + 0.5);
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
