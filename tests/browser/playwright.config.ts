import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.SIGFIX_TEST_PORT ?? 4391);
// The built site to serve: `npm test` builds into .test-results/site (so `npm start`'s dist/ is never touched);
// a bare `npx astro build && npx playwright test …` uses dist/.
const DIST = process.env.SIGFIX_TEST_DIST ?? "dist";

// System Chromium only: Playwright's own browser download cannot work on these machines.
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json"]],
  outputDir: "../../.test-results/playwright",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The built pages carry a Content-Security-Policy; tests that inject their own bundles (addScriptTag) need it
    // lifted. csp.spec.ts turns it back on and fails on any violation.
    bypassCSP: true,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // --ignore-lock: Astro 7 refuses a second preview of the same project (a reader's `npm start`, another test run).
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT} --outDir ${DIST}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
