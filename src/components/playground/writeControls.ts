import type { PlaygroundState } from "../../playgroundState/index.ts";

const field = <T extends HTMLElement>(form: HTMLFormElement, name: string) => form.elements.namedItem(name) as T;

/** Puts a state into the form controls (secrets included: they never leave the page). */
export function writeControls(form: HTMLFormElement, state: PlaygroundState): void {
  const s = state.scenario;
  field<HTMLSelectElement>(form, "service").value = s.service;
  field<HTMLInputElement>(form, "region").value = s.region;
  field<HTMLInputElement>(form, "accessKeyId").value = s.credentials.accessKeyId;
  field<HTMLInputElement>(form, "secretAccessKey").value = s.credentials.secretAccessKey;
  field<HTMLInputElement>(form, "sessionToken").value = s.credentials.sessionToken ?? "";
  field<HTMLSelectElement>(form, "tokenState").value = state.tokenState;
  field<HTMLInputElement>(form, "skew").value = String(Math.round((s.clockSkewSeconds / 60) * 100) / 100);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === s.mode;
  const expires = field<HTMLInputElement>(form, "expiresIn");
  expires.value = s.expiresIn !== undefined ? String(s.expiresIn) : "";
  expires.placeholder = "900";
  expires.disabled = s.mode !== "query";
  field<HTMLSelectElement>(form, "tamper").value = s.tamper ?? "";
  const local = field<HTMLInputElement>(form, "dynamodbLocal");
  local.checked = s.endpointMode === "dynamodb-local";
  local.disabled = s.service !== "dynamodb";
  const preset = field<HTMLSelectElement>(form, "preset");
  if (!state.preset) preset.value = "";
}
