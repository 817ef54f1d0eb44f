import { UNKNOWN_KEY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const unknownAccessKey: Fault = {
  id: "unknown-access-key",
  title: "Unknown access key ID",
  description: "The access key ID does not exist: a typo, a deleted key, or a key of another partition.",
  apply: (s) => ({ ...s, credentials: { accessKeyId: "AKIASIGFIXUNKNOWN001", secretAccessKey: s.credentials.secretAccessKey } }),
  expected: { ...UNKNOWN_KEY },
};
