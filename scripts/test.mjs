// `npm test`: every test, in three stages, then one closing line "N passed, N failed".
//   1. node's test runner: lab unit tests, SigV4 conformance, content (executable guides), mock endpoint.
//   2. astro check: TypeScript strict over every .ts and .astro file (counted as one test).
//   3. astro build (the browser tests run against the built site, as users get it).
//   4. Playwright on the system Chromium against `astro preview`.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./findChromium.mjs";

const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- browser`
const wants = (stage) => only.length === 0 || only.includes(stage);
const totals = { passed: 0, failed: 0, skipped: 0 };
mkdirSync(".test-results", { recursive: true });

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

if (wants("unit")) {
  const tap = ".test-results/node.tap";
  rmSync(tap, { force: true });
  const status = run(process.execPath, [
    "--test",
    "--test-concurrency=2",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    "tests/unit/**/*.test.ts",
    "tests/conformance/**/*.test.ts",
    "tests/content/**/*.test.ts",
    "tests/mock/**/*.test.ts",
  ]);
  const text = existsSync(tap) ? readFileSync(tap, "utf8") : "";
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0);
  totals.passed += count("pass");
  totals.failed += count("fail") + count("cancelled") + (status !== 0 && count("fail") === 0 ? 1 : 0);
  totals.skipped += count("skipped") + count("todo");
}

if (wants("types")) {
  if (run("npx", ["astro", "check", "--minimumSeverity", "warning"]) === 0) totals.passed += 1;
  else totals.failed += 1;
}

// The browser stage builds into its own folder and serves that one, so a running `npm start` (which serves dist/)
// keeps working while the tests run, and the tests never see a half-written dist/.
const TEST_SITE = ".test-results/site";

if (wants("browser")) {
  const chromium = findChromium();
  if (!chromium) {
    console.error("No Chromium: set CHROMIUM=/path/to/chromium, or install Debian's package: sudo apt-get install chromium");
    totals.failed += 1;
  } else if (run("npx", ["astro", "build", "--outDir", TEST_SITE]) !== 0) {
    console.error("astro build failed: the browser tests need the built site.");
    totals.failed += 1;
  } else {
    // Absolute: Playwright resolves a relative report path against its config's folder.
    const report = path.resolve(".test-results/playwright.json");
    rmSync(report, { force: true });
    const status = run("npx", ["playwright", "test", "--config", "tests/browser/playwright.config.ts"], {
      CHROMIUM: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      SIGFIX_TEST_DIST: TEST_SITE,
    });
    const stats = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")).stats : null;
    if (!stats || stats.expected + stats.flaky === 0) {
      console.error("The browser tests did not run (see Playwright's output above).");
      totals.failed += 1;
    } else {
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
      totals.skipped += stats.skipped;
    }
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
