import type { Scenario, ScenarioResult } from "../../lab/index.ts";
import { defineSdkOutput, toSdkFailure } from "../sdkOutput/index.ts";
import type { SfSdkOutput } from "../sdkOutput/index.ts";

/**
 * Puts <sf-sdk-output> in the answer pane, under AWS's response, and returns the function that shows a run: each
 * client's own words for the failure, or "accepted". A run the lab could not make shows nothing stale.
 */
export function wireSdkOutput(section: HTMLElement): (result: ScenarioResult, scenario: Scenario) => void {
  defineSdkOutput();
  const view = document.createElement("sf-sdk-output") as SfSdkOutput;
  view.setAttribute("label", "What each SDK prints");
  const hint = section.querySelector<HTMLElement>("[data-out=sdk]")!;
  hint.after(view);
  return (result, scenario) => {
    view.hidden = "error" in result;
    hint.hidden = !("error" in result);
    hint.textContent = "No SDK output: this request never got an answer from AWS.";
    if ("error" in result) return;
    view.failure = toSdkFailure(result, {
      service: scenario.service,
      method: result.signed.method,
      clientSkewSeconds: scenario.clockSkewSeconds,
      mode: scenario.endpointMode,
    });
  };
}
