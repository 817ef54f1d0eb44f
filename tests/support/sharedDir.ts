import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The project's sources of truth live in ../shared beside the clone (CI and developers have it).
 * A clone elsewhere (a newcomer's fresh clone in /tmp) falls back to the copy in tests/fixtures/shared,
 * which tests/content/sharedCopy.test.ts keeps byte-identical whenever ../shared is present.
 */
export const SHARED_DIR = existsSync(path.join(REPO_ROOT, "..", "shared", "reference"))
  ? path.join(REPO_ROOT, "..", "shared")
  : path.join(REPO_ROOT, "tests", "fixtures", "shared");

export const sharedPath = (...parts: string[]): string => path.join(SHARED_DIR, ...parts);
