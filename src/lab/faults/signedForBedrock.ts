import type { Fault } from "./types.ts";

/** A Bedrock client pointed at an API Gateway proxy keeps signing for `bedrock` (continuedev/continue#5569). */
export const signedForBedrock: Fault = {
  id: "signed-for-bedrock",
  title: "Signed for bedrock, sent to API Gateway",
  description: "An LLM client configured for Bedrock is given an API Gateway URL as its base and signs with service name bedrock.",
  frontDoor: "execute-api",
  apply: (s) => ({ ...s, signingService: "bedrock" }),
  expected: {},
};
