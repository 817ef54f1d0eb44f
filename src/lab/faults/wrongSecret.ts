import { SIGNATURE_MISMATCH } from "./constants.ts";
import type { Fault } from "./types.ts";

export const wrongSecret: Fault = {
  id: "wrong-secret",
  title: "Wrong secret access key",
  description: "The access key ID is right, the secret is not (a rotated secret, or the one of another key).",
  apply: (s) => ({ ...s, credentials: { ...s.credentials, secretAccessKey: `${s.credentials.secretAccessKey.slice(0, -1)}X` } }),
  expected: { ...SIGNATURE_MISMATCH, ec2Query: "ec2.SignatureDoesNotMatch" },
};
