// `sigfix verify` in this process on files written to a temporary folder: exit 0 or 2, no raw control byte on
// the terminal, one error line per unusable file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { verifyCommand } from "../../src/cli/verifyCommand.ts";
import type { Case } from "./createHostileCorpus.ts";
import type { TargetReport } from "./report.ts";

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export async function fuzzCli(cases: Array<Case<Buffer>>, stopAt: number): Promise<TargetReport> {
  const report: TargetReport = { target: "sigfix verify", tried: new Map(), found: [], notes: [] };
  const dir = mkdtempSync(path.join(tmpdir(), "sigfix-fuzz-"));
  let slowest = 0;
  try {
    for (const [i, c] of cases.entries()) {
      if (Date.now() > stopAt) {
        report.notes.push(`time budget reached after ${i} of ${cases.length} files`);
        break;
      }
      report.tried.set(c.family, (report.tried.get(c.family) ?? 0) + 1);
      const file = path.join(dir, `case-${i}.txt`);
      writeFileSync(file, c.input);
      const out: string[] = [];
      const err: string[] = [];
      const started = performance.now();
      let status: number;
      try {
        status = verifyCommand([file, "--now", "2015-08-30T12:36:00Z"], (l) => out.push(l), (l) => err.push(l), () => new Date());
      } catch (error) {
        report.found.push(`#${i} ${c.family}: threw ${String(error).split("\n")[0]}`);
        continue;
      }
      slowest = Math.max(slowest, performance.now() - started);
      if (status !== 0 && status !== 2) report.found.push(`#${i} ${c.family}: exit ${status}`);
      if (status === 2 && (err.length !== 1 || err[0]!.includes("\n"))) report.found.push(`#${i} ${c.family}: ${err.length} error lines for one file`);
      if ([...out, ...err].some((l) => RAW_CONTROL.test(l))) report.found.push(`#${i} ${c.family}: a raw control byte reached the terminal`);
      if (err.some((l) => l.length > 1000)) report.found.push(`#${i} ${c.family}: an error line of ${Math.max(...err.map((l) => l.length))} characters`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report.notes.push(`slowest file ${slowest.toFixed(0)} ms`);
  return report;
}
