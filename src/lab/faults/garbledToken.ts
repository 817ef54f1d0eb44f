import { BAD_SESSION_TOKEN, VALID_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const garbledToken: Fault = {
  id: "garbled-token",
  title: "Garbled session token",
  description: "The session token was mangled on the way (a copy-paste or an editor changed a few characters).",
  apply: (s) => ({
    ...s,
    credentials: { ...VALID_TEMPORARY, sessionToken: VALID_TEMPORARY.sessionToken.replace("session", "sess1on") },
  }),
  expected: { ...BAD_SESSION_TOKEN },
};
