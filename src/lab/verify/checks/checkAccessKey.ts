import { pass, type Step } from "../types.ts";

/**
 * The access key ID must be known and active (§4.1): an unknown, deleted or deactivated key all read "invalid."
 * with the period. A temporary (ASIA) key sent without its token is unknown as well (scratchstack's model).
 */
export const checkAccessKey: Step = (ctx) => {
  const { auth, credentialParts, identity } = ctx;
  if (auth.kind !== "auth" || !credentialParts) return null;
  const keyId = credentialParts[0] ?? "";
  const fail = (detail: string, summary: string, fix: string, note?: string) => ({
    passed: false as const, detail, kind: "unknownAccessKey" as const, params: { accessKeyId: keyId }, summary, fix, ...(note ? { note } : {}),
  });
  if (!identity) {
    const spaced = keyId !== keyId.trim() || /\s/.test(keyId);
    return fail(`Access key \`${keyId}\` is not known.`,
      `The access key ID \`${keyId}\` does not exist${spaced ? " (it contains whitespace: a copy-and-paste slip)" : ": a typo, a deleted key, another partition's key, or a key created seconds ago"}.`,
      "Check which credentials the client really uses (`aws sts get-caller-identity`, AWS_ACCESS_KEY_ID beats the profile) and that the key exists and is active in IAM.");
  }
  if (identity.status === "inactive") {
    return fail(`Access key \`${keyId}\` is deactivated.`, `The access key ID \`${keyId}\` exists but is deactivated; AWS answers as if it did not exist.`,
      "Reactivate the key in IAM, or switch the client to the current key (rotation leaves old keys inactive).");
  }
  if (identity.kind === "temporary" && auth.sessionToken === undefined) {
    return fail(`Temporary key \`${keyId}\` sent without its session token.`,
      `\`${keyId}\` is a temporary (ASIA) key, and the request carries no session token, so AWS cannot resolve it.`,
      "Send the session token with temporary credentials: set AWS_SESSION_TOKEN (or `aws_session_token`) alongside the key and secret.",
      "scratchstack's model predicts the trailing period here; one DynamoDB capture (pynamodb/PynamoDB#603) shows none, so the period is uncertain (§10.1).");
  }
  return pass(`Access key \`${keyId}\` is known and active (${identity.kind}).`);
};
