import { WRONG_SERVICE } from "./constants.ts";
import type { Fault } from "./types.ts";

export const wrongService: Fault = {
  id: "wrong-service",
  title: "Signed for the wrong service",
  description: "The credential scope names another service than the endpoint's (a hand-written signer with a wrong service name).",
  apply: (s) => ({ ...s, signingService: WRONG_SERVICE }),
  expected: {
    awsQuery: "scope.wrong-service",
    awsJson1_0: "scope.wrong-service",
    awsJson1_1: "scope.wrong-service",
    restJson1: "scope.wrong-service",
  },
};
