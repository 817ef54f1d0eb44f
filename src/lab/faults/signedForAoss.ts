import type { Fault } from "./types.ts";

/** A managed OpenSearch domain signed with the serverless name `aoss` (configuration copied between the two). */
export const signedForAoss: Fault = {
  id: "signed-for-aoss",
  title: "Domain signed with service aoss",
  description: "The client signs for aoss, but the endpoint is a managed OpenSearch Service domain, which expects es.",
  frontDoor: "opensearch",
  apply: (s) => ({ ...s, signingService: "aoss" }),
  expected: {},
};
