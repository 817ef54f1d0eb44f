import type { FormPart, PostChoices, PutChoices, WorkbenchChoices } from "../../uploadWorkbench/index.ts";

/** Choices as the controls hold them now, and sentences about controls whose text cannot be used. */
export interface ReadResult {
  choices: WorkbenchChoices;
  problems: string[];
}

/** A whole number of seconds or bytes from a text field, or null (and the field marked) when it is not one. */
function readNumber(input: HTMLInputElement, label: string, problems: string[]): number | null {
  const text = input.value.trim();
  const ok = /^-?\d{1,15}$/.test(text);
  input.setAttribute("aria-invalid", String(!ok));
  if (!ok) problems.push(`${label}: “${text.slice(0, 40)}” is not a whole number.`);
  return ok ? Number(text) : null;
}

function labelOf(input: HTMLElement): string {
  return input.id ? (document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.id).trim() : "a field";
}

/**
 * Reads the mode's controls over the previous choices (a field left unusable keeps its previous value, and is
 * named in `problems`). The field order and the edited policy come from the island, which owns them.
 */
export function readChoices(root: HTMLElement, mode: WorkbenchChoices["mode"], previous: WorkbenchChoices, extra: { order: FormPart[]; rawPolicy: string | null }): ReadResult {
  const group = root.querySelector<HTMLElement>(`[data-mode="${mode}"]`)!;
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const el of group.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-choice]")) {
    const name = el.dataset.choice!;
    if (el instanceof HTMLInputElement && el.type === "checkbox") values[name] = el.checked;
    else if (el instanceof HTMLInputElement && "number" in el.dataset) values[name] = readNumber(el, labelOf(el), problems);
    else values[name] = el.value;
  }
  const base = previous.mode === mode ? previous : null;
  const keep = <T,>(name: string, fallback: T): T => (values[name] === null || values[name] === undefined ? fallback : (values[name] as T));
  if (mode === "put") {
    const p = (base ?? {}) as Partial<PutChoices>;
    const choices = { ...(values as unknown as PutChoices), mode: "put" as const };
    for (const name of ["expiresIn", "fileSize", "sentAfter"] as const) choices[name] = keep(name, p[name] ?? 0);
    return { choices, problems };
  }
  const p = (base ?? {}) as Partial<PostChoices>;
  const min = String(values.lengthMin ?? "").trim();
  const max = String(values.lengthMax ?? "").trim();
  let lengthRange: [number, number] | null = null;
  if (min !== "" || max !== "") {
    const lo = root.querySelector<HTMLInputElement>("#uw-post-min")!;
    const hi = root.querySelector<HTMLInputElement>("#uw-post-max")!;
    const a = readNumber(lo, "content-length-range from", problems);
    const b = readNumber(hi, "content-length-range to", problems);
    lengthRange = a !== null && b !== null ? [a, b] : (p.lengthRange ?? null);
  } else {
    for (const id of ["#uw-post-min", "#uw-post-max"]) root.querySelector(id)!.setAttribute("aria-invalid", "false");
  }
  const { lengthMin: _a, lengthMax: _b, ...rest } = values;
  const choices = { ...(rest as unknown as PostChoices), mode: "post" as const, lengthRange, order: extra.order, rawPolicy: extra.rawPolicy };
  for (const name of ["expiresIn", "fileSize", "sentAfter"] as const) choices[name] = keep(name, p[name] ?? 0);
  return { choices, problems };
}
