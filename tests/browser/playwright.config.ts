import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.SIGFIX_TEST_PORT ?? 4391);

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
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
