import LZString from "lz-string";
import { getFrontDoor, MAX_SHARE_FRAGMENT_CHARS, SERVICES } from "../lab/index.ts";
import type { DecodedLink } from "./types.ts";
import { validateShareV1 } from "./validateShareV1.ts";

const BROKEN = "This link could not be read";

/**
 * Reads a playground fragment (with or without `#`). Every version ever published keeps decoding:
 * v0 `preset=service,fault,…` (the guides' links) and v1 `v1=<lz-string JSON>`. Anything else is reported, never thrown.
 */
export function parseShareLink(hash: string): DecodedLink | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (fragment === "") return null;
  // The same limit Copy link applies: a longer fragment was not made here, and is not decompressed.
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, note: `${BROKEN}: it is ${fragment.length} characters long, over the ${MAX_SHARE_FRAGMENT_CHARS} a playground link can be. Showing the default scenario.` };
  }
  const eq = fragment.indexOf("=");
  const key = eq < 0 ? fragment : fragment.slice(0, eq);
  const value = eq < 0 ? "" : fragment.slice(eq + 1);
  if (key === "preset") {
    let parts: string[];
    try {
      parts = value.split(",").map((part) => decodeURIComponent(part));
    } catch {
      return { ok: false, note: `${BROKEN}: its preset is not valid percent-encoding. Showing the default scenario.` };
    }
    const [service, ...faults] = parts;
    const door = service === undefined ? undefined : getFrontDoor(service);
    if (!door && (!service || !Object.hasOwn(SERVICES, service))) return { ok: false, note: `${BROKEN}: “${service ?? ""}” is not a service the lab knows. Showing the default scenario.` };
    if (!faults.every((fault) => /^[A-Za-z0-9-]{1,60}$/.test(fault))) return { ok: false, note: `${BROKEN}: its fault list is not a list of fault ids. Showing the default scenario.` };
    if (door) return { ok: true, version: 0, preset: { service: door.baseService, frontDoor: door.id, faults } };
    return { ok: true, version: 0, preset: { service: service as keyof typeof SERVICES, faults } };
  }
  if (key === "v1") {
    let json: unknown;
    try {
      const text = LZString.decompressFromEncodedURIComponent(value);
      if (!text) return { ok: false, note: `${BROKEN}: it is truncated or was edited by hand. Showing the default scenario.` };
      json = JSON.parse(text);
    } catch {
      return { ok: false, note: `${BROKEN}: it is truncated or was edited by hand. Showing the default scenario.` };
    }
    const payload = validateShareV1(json);
    if (typeof payload === "string") return { ok: false, note: `${BROKEN}: ${payload}. Showing the default scenario.` };
    return { ok: true, version: 1, payload };
  }
  if (/^v\d+$/.test(key)) return { ok: false, note: `This link was made by a newer version of the playground (${key}). Showing the default scenario.` };
  return { ok: false, note: `${BROKEN}: it does not start with #v1= or #preset=. Showing the default scenario.` };
}
