// Finds a Chromium for the browser tests: $CHROMIUM, the Debian package, Playwright's own; as root with apt-get,
// installs the Debian package `chromium`; otherwise returns null and the caller prints how to get one.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

function playwrightChromium() {
  try {
    const path = createRequire(import.meta.url)("playwright-core").chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (install && isRoot && hasApt) {
    console.log("No Chromium found: installing the Debian package `chromium` with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  return null;
}
