import { BAD_SESSION_TOKEN, EXPIRED_TEMPORARY, VALID_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const tokenFromOtherCredentials: Fault = {
  id: "token-from-other-credentials",
  title: "Session token of another credential set",
  description: "The key and secret are one temporary set, the session token belongs to another one.",
  apply: (s) => ({ ...s, credentials: { ...VALID_TEMPORARY, sessionToken: EXPIRED_TEMPORARY.sessionToken } }),
  expected: { ...BAD_SESSION_TOKEN },
};
