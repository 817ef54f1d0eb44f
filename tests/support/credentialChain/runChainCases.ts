// Writes cases to disk and runs them through the real SDKs, in parallel child processes (the stubs answer from
// this process, so nothing here may block the event loop).
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChainCase, SdkOutcome } from "./chainCaseTypes.ts";

const JS_RUNNER = fileURLToPath(new URL("./runJsV3Chain.ts", import.meta.url));
const PY_RUNNER = fileURLToPath(new URL("./run_botocore_chain.py", import.meta.url));

export function writeCases(cases: ChainCase[]): void {
  for (const chainCase of cases) {
    mkdirSync(chainCase.dir, { recursive: true });
    for (const [path, text] of Object.entries({ ...chainCase.files, ...chainCase.scripts })) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    for (const path of Object.keys(chainCase.scripts)) chmodSync(path, 0o755);
  }
}

function runOne(command: string, args: string[]): Promise<SdkOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(stdout));
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" / ")}`));
    });
  });
}

/** Runs `cases` through one SDK in `workers` processes; outcomes come back in case order. */
export async function runChainCases(sdk: "js-v3" | "botocore", cases: ChainCase[], casesDir: string, workers = 2): Promise<SdkOutcome[]> {
  const slices = Array.from({ length: workers }, (_, w) => cases.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    slices.map((slice, w) => {
      const file = `${casesDir}/${sdk}-${w}.json`;
      writeFileSync(file, JSON.stringify(slice));
      return sdk === "js-v3" ? runOne(process.execPath, [JS_RUNNER, file]) : runOne("python3", [PY_RUNNER, file]);
    }),
  );
  const byId = new Map(results.flat().map((outcome) => [outcome.id, outcome]));
  return cases.map((chainCase) => byId.get(chainCase.id)!);
}
