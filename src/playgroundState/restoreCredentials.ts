import type { Credentials, Scenario } from "../lab/index.ts";
import type { CredentialRef, ExampleIdentity, SharedCredentials } from "./types.ts";

const LABELS: Record<keyof Credentials, string> = {
  accessKeyId: "access key ID",
  secretAccessKey: "secret access key",
  sessionToken: "session token",
};

/** Turns a link's credential references back into values; what the link left out comes back empty, with a note. */
export function restoreCredentials(
  shared: SharedCredentials,
  ctx: { examples: readonly ExampleIdentity[]; presetScenario: Scenario | null },
): { credentials: Credentials; notes: string[] } {
  const notes: string[] = [];
  const resolve = (ref: CredentialRef, field: keyof Credentials): string => {
    if ("value" in ref) return ref.value;
    if ("preset" in ref) {
      const value = ctx.presetScenario?.credentials[field];
      if (value !== undefined) return value;
      notes.push(`The link refers to its preset's ${LABELS[field]}, but names no preset: the field is left empty.`);
      return "";
    }
    if ("example" in ref) {
      const value = ctx.examples.find((identity) => identity.accessKeyId === ref.example)?.[ref.field];
      if (value !== undefined) return value;
      notes.push(`The link names an example identity (${ref.example}) the lab does not have: the ${LABELS[field]} is left empty.`);
      return "";
    }
    notes.push(`The link left out the ${LABELS[field]} its author typed (links never carry secrets): type it to sign with it.`);
    return "";
  };
  const credentials: Credentials = {
    accessKeyId: resolve(shared.accessKeyId, "accessKeyId"),
    secretAccessKey: resolve(shared.secretAccessKey, "secretAccessKey"),
  };
  if (shared.sessionToken) credentials.sessionToken = resolve(shared.sessionToken, "sessionToken");
  return { credentials, notes };
}
