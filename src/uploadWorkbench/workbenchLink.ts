import LZString from "lz-string";
import { MAX_SHARE_FRAGMENT_CHARS } from "../lab/index.ts";
import { getWorkbenchPreset } from "./presets.ts";
import type { WorkbenchChoices } from "./types.ts";
import { validateChoices } from "./validateChoices.ts";

/**
 * The fragment for these choices: `u1=` + lz-string JSON. The choices hold no credential at all (the workbench
 * signs with the lab's documented example key only), so a link never carries a secret.
 */
export function createWorkbenchLink(choices: WorkbenchChoices): { ok: true; fragment: string } | { ok: false; error: string } {
  const fragment = `u1=${LZString.compressToEncodedURIComponent(JSON.stringify(choices))}`;
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, error: `These choices make a link of ${fragment.length} characters, over the ${MAX_SHARE_FRAGMENT_CHARS} a link can hold: shorten the policy text.` };
  return { ok: true, fragment };
}

export type ReadLink = { ok: true; choices: WorkbenchChoices; preset: string | null } | { ok: false; note: string } | null;

const BROKEN = "This link could not be read";

/** Reads `#preset=<id>` (the guides' links) or `#u1=…`; null for no fragment; a note for anything else. */
export function readWorkbenchLink(hash: string): ReadLink {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (fragment === "") return null;
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, note: `${BROKEN}: it is longer than ${MAX_SHARE_FRAGMENT_CHARS} characters. Showing the default upload.` };
  const eq = fragment.indexOf("=");
  const key = eq < 0 ? fragment : fragment.slice(0, eq);
  const value = eq < 0 ? "" : fragment.slice(eq + 1);
  if (key === "preset") {
    const preset = getWorkbenchPreset(value);
    return preset ? { ok: true, choices: preset.choices, preset: preset.id } : { ok: false, note: `${BROKEN}: “${value.slice(0, 60)}” is not a workbench preset. Showing the default upload.` };
  }
  if (key === "u1") {
    let json: unknown;
    try {
      const text = LZString.decompressFromEncodedURIComponent(value);
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (json === undefined) return { ok: false, note: `${BROKEN}: it is truncated or was edited by hand. Showing the default upload.` };
    const choices = validateChoices(json);
    return typeof choices === "string" ? { ok: false, note: `${BROKEN}: ${choices}. Showing the default upload.` } : { ok: true, choices, preset: null };
  }
  return { ok: false, note: `${BROKEN}: it does not start with #u1= or #preset=. Showing the default upload.` };
}
