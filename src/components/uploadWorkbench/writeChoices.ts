import type { WorkbenchChoices } from "../../uploadWorkbench/index.ts";

/** Puts choices into the controls: the mode's radio, its group shown (the other hidden), each `data-choice` field. */
export function writeChoices(root: HTMLElement, choices: WorkbenchChoices): void {
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === choices.mode;
  for (const group of root.querySelectorAll<HTMLElement>(".uw-group")) group.hidden = group.dataset.mode !== choices.mode;
  const group = root.querySelector<HTMLElement>(`[data-mode="${choices.mode}"]`)!;
  const values: Record<string, unknown> = { ...choices };
  if (choices.mode === "post") {
    values.lengthMin = choices.lengthRange ? String(choices.lengthRange[0]) : "";
    values.lengthMax = choices.lengthRange ? String(choices.lengthRange[1]) : "";
  }
  for (const el of group.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-choice]")) {
    const value = values[el.dataset.choice!];
    if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = value === true;
    else el.value = value === undefined || value === null ? "" : String(value);
    el.setAttribute("aria-invalid", "false");
  }
}
