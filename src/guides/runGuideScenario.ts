import { createDefaultScenario, createFrontDoorScenario, getFault, getFrontDoor, runPostScenario, runScenario, EXAMPLE_SERVER_NOW } from "../lab/index.ts";
import type { ScenarioRun } from "../lab/index.ts";
import type { LabScenarioRef } from "../schemas/guide.ts";

/**
 * Runs a guide's scenario reference through the lab: the service's sample request, the faults in order,
 * at a fixed server time so the build is reproducible. Unknown fault ids fail the build with the id named.
 */
export async function runGuideScenario(ref: LabScenarioRef, where: string): Promise<ScenarioRun> {
  if (ref.post !== undefined) {
    const run = runPostScenario(ref.post, EXAMPLE_SERVER_NOW);
    if ("error" in run) throw new Error(`${where}: ${run.error}`);
    return run;
  }
  const door = ref.frontDoor === undefined ? undefined : getFrontDoor(ref.frontDoor);
  if (door && door.baseService !== ref.service) {
    throw new Error(`${where}: front door \`${door.id}\` stands in front of \`${door.baseService}\`; set \`service: ${door.baseService}\`.`);
  }
  let scenario = door ? createFrontDoorScenario(door, EXAMPLE_SERVER_NOW) : createDefaultScenario(ref.service, EXAMPLE_SERVER_NOW);
  for (const id of ref.faults) {
    const fault = getFault(id);
    if (!fault) throw new Error(`${where}: unknown fault \`${id}\`. Fault ids are listed in src/lab/faults/index.ts.`);
    if (fault.frontDoor !== undefined && fault.frontDoor !== ref.frontDoor) {
      throw new Error(`${where}: fault \`${id}\` applies only at front door \`${fault.frontDoor}\`; add \`frontDoor: ${fault.frontDoor}\` to the scenario.`);
    }
    scenario = fault.apply(scenario);
  }
  const result = await runScenario(scenario);
  if ("error" in result) throw new Error(`${where}: the lab could not run scenario ${JSON.stringify(ref)}: ${result.error}`);
  return result;
}
