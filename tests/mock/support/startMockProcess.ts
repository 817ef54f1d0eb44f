import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { REPO_ROOT } from "../../support/sharedDir.ts";

export interface MockProcess {
  child: ChildProcess;
  url: string;
  /** The first line the endpoint printed. */
  banner: string;
  /** Everything printed on stdout so far. */
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `node scripts/mock-aws.ts ARGS` (what `npm run mock-aws` runs) and waits for its start line. */
export async function startMockProcess(args: string[]): Promise<MockProcess> {
  const child = spawn(process.execPath, ["scripts/mock-aws.ts", "--port", "0", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line after 15 s; stderr: ${err}`)), 15_000);
    const check = () => {
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl));
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`mock-aws exited with ${code} before starting; stderr: ${err}`));
    });
  });
  const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1] ?? "";
  return {
    child,
    url,
    banner,
    output: () => out,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, "exit");
      child.kill(signal);
      const [code] = await exited;
      return code as number | null;
    },
  };
}

/** Runs `node scripts/mock-aws.ts ARGS` expecting it to stop by itself (bad arguments); resolves with code and output. */
export async function runMockProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["scripts/mock-aws.ts", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const [code] = await once(child, "exit");
  clearTimeout(timer);
  return { code: code as number | null, stdout, stderr };
}
