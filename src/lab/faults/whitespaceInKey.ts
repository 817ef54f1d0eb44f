import type { Fault } from "./types.ts";

/** A pasted space before the key gives `Credential= AKID…` (issues iann0036/cloud9-sync#10, jenkinsci/aws-credentials-plugin#72). */
export const whitespaceInKey: Fault = {
  id: "whitespace-in-key",
  title: "A space pasted into the access key ID",
  description: "The access key ID was pasted with a leading space, which ends up inside the Authorization header.",
  apply: (s) => ({ ...s, credentials: { ...s.credentials, accessKeyId: ` ${s.credentials.accessKeyId.trim()}` } }),
  expected: {
    awsQuery: "incomplete.not-key-value",
    awsJson1_0: "incomplete.not-key-value",
    awsJson1_1: "incomplete.not-key-value",
  },
};
