import { BAD_SESSION_TOKEN, EXPIRED_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

/** `aws configure` or new env keys leave yesterday's AWS_SESSION_TOKEN behind (issues aws/aws-cli#1341, rust-lang/simpleinfra#27). */
export const staleSessionToken: Fault = {
  id: "stale-session-token",
  title: "Stale AWS_SESSION_TOKEN beside new long-term keys",
  description: "New long-term keys are set, but an old session token is still in the environment and gets sent.",
  apply: (s) => ({
    ...s,
    credentials: {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      sessionToken: EXPIRED_TEMPORARY.sessionToken,
    },
  }),
  expected: { ...BAD_SESSION_TOKEN },
};
