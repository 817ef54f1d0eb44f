import { BAD_SESSION_TOKEN, VALID_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const truncatedToken: Fault = {
  id: "truncated-token",
  title: "Truncated session token",
  description: "Only the first part of the session token arrived (a line-wrapped paste or a field too short for it).",
  apply: (s) => ({
    ...s,
    credentials: { ...VALID_TEMPORARY, sessionToken: VALID_TEMPORARY.sessionToken.slice(0, 20) },
  }),
  expected: { ...BAD_SESSION_TOKEN },
};
