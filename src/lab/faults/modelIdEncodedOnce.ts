import type { Fault } from "./types.ts";

/** Bedrock: the model ID's `%3A` signed as it is sent (S3's rule), where Bedrock's canonical path holds `%253A`. */
export const modelIdEncodedOnce: Fault = {
  id: "model-id-encoded-once",
  title: "Model ID's %3A not encoded again",
  description: "A hand-written signer (an LLM gateway, a proxy) puts the path into the canonical request as sent, so the model ID's %3A stays %3A instead of %253A.",
  frontDoor: "bedrock-runtime",
  apply: (s) => ({ ...s, encodePathOnce: true }),
  expected: {},
};
