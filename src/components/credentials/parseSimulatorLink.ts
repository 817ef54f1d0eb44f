import LZString from "lz-string";
import { SDK_IDS } from "../../credentialChain/index.ts";
import type { ExampleIdentity } from "../../playgroundState/index.ts";
import { checkInputText } from "./checkInputText.ts";
import type { SecretVault } from "./maskSecrets.ts";
import { SURROUNDINGS } from "./types.ts";
import type { SimulatorInputs } from "./types.ts";

export type DecodedSimulatorLink =
  | { ok: true; kind: "preset"; presetId: string }
  | { ok: true; kind: "inputs"; inputs: SimulatorInputs; vault: SecretVault }
  | { ok: false; note: string };

const BROKEN = "This link could not be read";
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" && checkInputText("field", v) === null ? v : null);

/** Reads `#preset=<id>` or `#v1=…` (with or without `#`). Anything else is reported, never thrown. */
export function parseSimulatorLink(hash: string, examples: readonly ExampleIdentity[]): DecodedSimulatorLink | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (fragment === "") return null;
  const eq = fragment.indexOf("=");
  const key = eq < 0 ? fragment : fragment.slice(0, eq);
  const value = eq < 0 ? "" : fragment.slice(eq + 1);
  if (key === "preset") {
    let id: string;
    try {
      id = decodeURIComponent(value);
    } catch {
      return { ok: false, note: `${BROKEN}: its preset is not valid percent-encoding. Showing the first preset.` };
    }
    return /^[a-z0-9:-]{1,120}$/.test(id) ? { ok: true, kind: "preset", presetId: id } : { ok: false, note: `${BROKEN}: “${id.slice(0, 60)}” is not a preset name. Showing the first preset.` };
  }
  if (key !== "v1") return { ok: false, note: `${BROKEN}: it does not start with #v1= or #preset=. Showing the first preset.` };
  let json: unknown;
  try {
    json = JSON.parse(LZString.decompressFromEncodedURIComponent(value) || "null");
  } catch {
    json = null;
  }
  if (!isObj(json) || !isObj(json.inputs)) return { ok: false, note: `${BROKEN}: it is truncated or was edited by hand. Showing the first preset.` };
  const i = json.inputs;
  const envText = text(i.envText);
  const config = text(i.config);
  const credentials = text(i.credentials);
  const sdk = SDK_IDS.find((s) => s === i.sdk);
  const surroundings = typeof i.surroundings === "string" && Object.hasOwn(SURROUNDINGS, i.surroundings) ? (i.surroundings as SimulatorInputs["surroundings"]) : null;
  const profile = typeof i.profile === "string" && i.profile.length <= 200 ? i.profile : null;
  const now = typeof i.now === "string" && !Number.isNaN(Date.parse(i.now)) ? i.now : null;
  const ssoCache = Array.isArray(i.ssoCache) && i.ssoCache.length <= 20 && i.ssoCache.every((t) => isObj(t) && typeof t.key === "string" && typeof t.expiresAt === "string") ? (i.ssoCache as SimulatorInputs["ssoCache"]) : null;
  if (envText === null || config === null || credentials === null || !sdk || !surroundings || profile === null || now === null || ssoCache === null) {
    return { ok: false, note: `${BROKEN}: one of its fields is missing or not what the page writes. Showing the first preset.` };
  }
  const vault: SecretVault = [];
  if (isObj(json.examples)) {
    for (const [n, ref] of Object.entries(json.examples)) {
      if (!/^\d{1,4}$/.test(n) || !isObj(ref)) continue;
      const identity = examples.find((e) => e.accessKeyId === ref.example);
      const secret = ref.field === "secretAccessKey" ? identity?.secretAccessKey : ref.field === "sessionToken" ? identity?.sessionToken : undefined;
      if (secret !== undefined) vault[Number(n)] = secret;
    }
  }
  return { ok: true, kind: "inputs", inputs: { sdk, envText, config, credentials, profile, surroundings, ssoCache: ssoCache.map((t) => ({ key: t.key, expiresAt: t.expiresAt })), now }, vault };
}
