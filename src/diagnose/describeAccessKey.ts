export interface AccessKeyInfo {
  kind: "long-term" | "temporary" | "other" | "suspect" | "not-aws";
  text: string;
}

/**
 * What an access key ID's prefix says (STS GetAccessKeyInfo docs, catalogue §7): AKIA is a long-term key,
 * ASIA a temporary one that needs its session token. `suspect` when it cannot be a key ID at all.
 */
export function describeAccessKey(keyId: string): AccessKeyInfo {
  if (/\s/.test(keyId)) return { kind: "suspect", text: "contains whitespace: a key pasted with a space or line break" };
  if (keyId.length >= 30 && /[a-z/+]/.test(keyId)) {
    return { kind: "suspect", text: "looks like a secret access key (long, with lower case, / or +): key ID and secret swapped?" };
  }
  if (keyId.startsWith("AKIA")) return { kind: "long-term", text: "AKIA: a long-term access key (IAM user or root)" };
  if (keyId.startsWith("ASIA")) return { kind: "temporary", text: "ASIA: a temporary key from STS, valid only with its session token" };
  // Lower case, `x` runs, `*` or `…`: a redacted value, a placeholder, or a key of MinIO, LocalStack and the like.
  // Nothing here shows whitespace, so nothing blames it.
  if (!/^[A-Z0-9]+$/.test(keyId)) {
    return { kind: "not-aws", text: "not an AWS key ID (those are upper-case letters and digits): a redacted value, or a key of an S3-compatible store, LocalStack or a placeholder" };
  }
  return { kind: "other", text: "neither AKIA (long-term) nor ASIA (temporary)" };
}
