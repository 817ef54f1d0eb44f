// Prints what each scenario of a guide yields in the lab, to write a guide's `expect` fields:
//   node scripts/run-guide-scenarios.ts content/errors/<slug>.mdx
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { runGuideScenario } from "../src/guides/runGuideScenario.ts";

for (const file of process.argv.slice(2)) {
  const frontmatter = parse(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "");
  const guide = frontmatter?.guide;
  if (!guide) {
    console.log(`${file}: no guide block`);
    continue;
  }
  const refs = [
    ["workedExample", guide.workedExample],
    ...(guide.responses ?? []).map((r: any, i: number) => [`responses[${i}] ${r.code}`, r.scenario]),
    ...(guide.causes ?? []).map((c: any) => [`cause ${c.id}`, c.scenario]),
  ].filter(([, ref]) => ref);
  for (const [label, ref] of refs) {
    try {
      const result = await runGuideScenario({ faults: [], ...ref }, file);
      console.log(`${label}: ${JSON.stringify(ref)}\n  → ${result.verdict.outcome} ${result.response.status} ${JSON.stringify(result.verdict.message)} (${result.verdict.failedCheck ?? "passed"})`);
    } catch (error) {
      console.log(`${label}: ${JSON.stringify(ref)}\n  → ERROR ${(error as Error).message}`);
    }
  }
}
