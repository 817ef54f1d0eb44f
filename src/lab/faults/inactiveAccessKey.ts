import { INACTIVE_LONG_TERM, UNKNOWN_KEY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const inactiveAccessKey: Fault = {
  id: "inactive-access-key",
  title: "Deactivated access key",
  description: "The key exists but was made inactive in IAM (the default world's AKIAI44QH8DHBEXAMPLE).",
  apply: (s) => ({ ...s, credentials: { ...INACTIVE_LONG_TERM } }),
  expected: { ...UNKNOWN_KEY },
};
