import type { Fault } from "./types.ts";

/** OpenSearch Serverless: a signer that does not add and sign x-amz-content-sha256 (most generic signers). */
export const contentSha256NotSigned: Fault = {
  id: "content-sha256-not-signed",
  title: "x-amz-content-sha256 not signed",
  description: "The client signs for aoss without adding x-amz-content-sha256 (aws4, Bruno, PHP's SignatureV4 and old opensearch clients).",
  frontDoor: "opensearch-serverless",
  apply: (s) => ({ ...s, applyChecksum: false }),
  expected: {},
};
