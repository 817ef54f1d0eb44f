import type { PlaygroundState, Preset } from "../../playgroundState/index.ts";

const field = <T extends HTMLElement>(form: HTMLFormElement, name: string) => form.elements.namedItem(name) as T;

/** The preset menu's entry for a state's preset (same service, same faults in the same order), or "". */
function presetId(state: PlaygroundState, presets: readonly Preset[]): string {
  const ref = state.preset;
  if (!ref) return "";
  const same = presets.find((p) => p.ref.service === ref.service && p.ref.frontDoor === ref.frontDoor && p.ref.faults.length === ref.faults.length && p.ref.faults.every((f, i) => f === ref.faults[i]));
  return same?.id ?? "";
}

/** Puts a state into the form controls (secrets included: they never leave the page). */
export function writeControls(form: HTMLFormElement, state: PlaygroundState, presets: readonly Preset[]): void {
  const s = state.scenario;
  field<HTMLSelectElement>(form, "preset").value = presetId(state, presets);
  field<HTMLSelectElement>(form, "service").value = s.service;
  field<HTMLInputElement>(form, "region").value = s.region;
  field<HTMLInputElement>(form, "accessKeyId").value = s.credentials.accessKeyId;
  field<HTMLInputElement>(form, "secretAccessKey").value = s.credentials.secretAccessKey;
  field<HTMLInputElement>(form, "sessionToken").value = s.credentials.sessionToken ?? "";
  field<HTMLSelectElement>(form, "tokenState").value = state.tokenState;
  field<HTMLInputElement>(form, "skew").value = String(Math.round((s.clockSkewSeconds / 60) * 100) / 100);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === s.mode;
  field<HTMLInputElement>(form, "expiresIn").value = s.expiresIn !== undefined ? String(s.expiresIn) : "";
  field<HTMLSelectElement>(form, "tamper").value = s.tamper ?? "";
  field<HTMLInputElement>(form, "dynamodbLocal").checked = s.endpointMode === "dynamodb-local";
}
