import { createDefaultScenario, getFault, runScenario, EXAMPLE_SERVER_NOW } from "../lab/index.ts";
import type { ScenarioRun } from "../lab/index.ts";
import type { LabScenarioRef } from "../schemas/guide.ts";

/**
 * Runs a guide's scenario reference through the lab: the service's sample request, the faults in order,
 * at a fixed server time so the build is reproducible. Unknown fault ids fail the build with the id named.
 */
export async function runGuideScenario(ref: LabScenarioRef, where: string): Promise<ScenarioRun> {
  let scenario = createDefaultScenario(ref.service, EXAMPLE_SERVER_NOW);
  for (const id of ref.faults) {
    const fault = getFault(id);
    if (!fault) throw new Error(`${where}: unknown fault \`${id}\`. Fault ids are listed in src/lab/faults/index.ts.`);
    scenario = fault.apply(scenario);
  }
  const result = await runScenario(scenario);
  if ("error" in result) throw new Error(`${where}: the lab could not run scenario ${JSON.stringify(ref)}: ${result.error}`);
  return result;
}
