#!/usr/bin/env -S node --
// The `sigfix` command. The CLI is TypeScript run by Node's type stripping (Node >= 22.18); under an older Node,
// re-run it with the Node 22 that the project installs (the `node` devDependency).
// Node reads `--env-file` anywhere on its command line, even after the script, and exits when the file is missing;
// `node -- script …` stops that, so `sigfix credentials --env-file FILE` reaches us (npm script, bin and re-run).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
const [major, minor] = process.versions.node.split(".").map(Number);
if (major > 22 || (major === 22 && minor >= 18)) {
  await import(entry);
} else {
  const node22 = fileURLToPath(new URL("../node_modules/node/bin/node", import.meta.url));
  if (!existsSync(node22)) {
    console.error(`sigfix needs Node 22.18 or later (this is ${process.version}); run \`npm ci\` in the project first.`);
    process.exit(2);
  }
  const result = spawnSync(node22, ["--", entry, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 2);
}
