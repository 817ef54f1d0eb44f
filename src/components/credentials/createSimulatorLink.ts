import LZString from "lz-string";
import { isRealLookingKey } from "../../playgroundState/index.ts";
import type { ExampleIdentity } from "../../playgroundState/index.ts";
import { revealSecret } from "./maskSecrets.ts";
import type { SecretVault } from "./maskSecrets.ts";
import type { SimulatorInputs } from "./types.ts";

/** A masked secret the link may name: a documented example value, by its identity and field. */
export interface ExampleSecretRef {
  example: string;
  field: "secretAccessKey" | "sessionToken";
}

/** Version 1 of a /credentials/ link (`#v1=` + lz-string JSON). Never change its meaning: add v2 instead. */
export interface SimulatorLinkV1 {
  inputs: SimulatorInputs;
  /** Placeholders whose value is a documented example (so the recipient can still sign), by placeholder number. */
  examples: Record<string, ExampleSecretRef>;
}

const KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g;

/** Real-looking key IDs become `AKIASIGFIXHIDDEN0001`…: same prefix (it decides warnings), distinct, never real. */
function hideKeyIds(inputs: SimulatorInputs, exampleKeyIds: readonly string[]): { inputs: SimulatorInputs; hidden: number } {
  const seen = new Map<string, string>();
  const hide = (text: string) =>
    text.replace(KEY_ID, (key: string, prefix: string) => {
      if (!isRealLookingKey(key, exampleKeyIds)) return key;
      if (!seen.has(key)) seen.set(key, `${prefix}SIGFIXHIDDEN${String(seen.size + 1).padStart(4, "0")}`);
      return seen.get(key)!;
    });
  const out = { ...inputs, envText: hide(inputs.envText), config: hide(inputs.config), credentials: hide(inputs.credentials) };
  return { inputs: out, hidden: seen.size };
}

/**
 * The fragment for a link to these inputs. The texts already hold `‹secret N›` placeholders, never values; the
 * link adds references only for placeholders whose value is a documented example. Real-looking key IDs are
 * replaced too. `leftOut` says, in words, what the link does not carry.
 */
export function createSimulatorLink(
  inputs: SimulatorInputs,
  vault: SecretVault,
  examples: readonly ExampleIdentity[],
): { fragment: string; leftOut: string[] } {
  const refs: Record<string, ExampleSecretRef> = {};
  let dropped = 0;
  vault.forEach((value, index) => {
    const identity = examples.find((e) => e.secretAccessKey === value || e.sessionToken === value);
    if (identity) refs[String(index)] = { example: identity.accessKeyId, field: identity.secretAccessKey === value ? "secretAccessKey" : "sessionToken" };
    else dropped++;
  });
  const { inputs: safe, hidden } = hideKeyIds(inputs, examples.map((e) => e.accessKeyId));
  const leftOut: string[] = [];
  if (dropped > 0) leftOut.push(`${dropped} secret${dropped === 1 ? "" : "s"} you typed (the link keeps only the placeholder: the simulation is the same, signing needs the value again)`);
  if (hidden > 0) leftOut.push(`${hidden} access key ID${hidden === 1 ? "" : "s"} that look${hidden === 1 ? "s" : ""} real (replaced by AKIA/ASIASIGFIXHIDDEN…)`);
  const payload: SimulatorLinkV1 = { inputs: safe, examples: refs };
  return { fragment: `v1=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`, leftOut };
}

/** Whether a vault value survives in a link: only documented examples do. Used to say so next to the button. */
export const isExampleSecret = (value: string, examples: readonly ExampleIdentity[]) =>
  examples.some((e) => e.secretAccessKey === value || e.sessionToken === value);

export { revealSecret };
