import { pass, type Step } from "../types.ts";

/**
 * A session token, when sent, must belong to the access key, be unexpired, be usable in this region (a version-1
 * token fails in opt-in regions) and, for GetSessionToken credentials without MFA, not call IAM (§4.1, §4.2, §7,
 * §10). "Invalid" has no trailing period; AWS's own exceptions to that rule are listed in §1.3 and §12.2.
 */
export const checkSessionToken: Step = (ctx) => {
  const { auth, credentialParts, world, now, endpoint } = ctx;
  if (auth.kind !== "auth") return null;
  const token = auth.sessionToken;
  if (token === undefined) return pass("No session token sent.");
  const keyId = credentialParts?.[0] ?? "";
  const owner = world.identities.find((i) => i.sessionToken === token);
  const invalid = (detail: string, summary: string, fix: string, note?: string) => ({
    passed: false as const, detail, kind: "invalidSessionToken" as const, params: { sessionToken: token, accessKeyId: keyId }, summary, fix, ...(note ? { note } : {}),
  });
  const shown = token.length > 24 ? `${token.slice(0, 24)}…` : token;
  if (!owner) {
    return invalid(`Session token \`${shown}\` is not a token AWS issued.`,
      `The session token \`${shown}\` is not one AWS issued: garbled, truncated, or left over from an old session.`,
      "Refresh the temporary credentials and send the token that came with this access key; unset a stale AWS_SESSION_TOKEN when using long-term keys.",
      "With long-term keys and a stale token (mmmorris1975/aws-runas#22) AWS has also been seen sending the period (§12.2).");
  }
  if (owner.accessKeyId !== keyId) {
    return invalid(`Session token belongs to ${owner.accessKeyId}, not ${keyId}.`,
      `The session token belongs to \`${owner.accessKeyId}\`, but the request is signed with \`${keyId}\`: the key and token come from different credential sets.`,
      keyId.startsWith("AKIA")
        ? "Long-term (AKIA) keys take no session token: unset AWS_SESSION_TOKEN (or remove `aws_session_token` from the profile)."
        : "Use the access key ID, secret and session token from the same STS response.");
  }
  if (owner.expiresAt !== undefined && now.getTime() >= Date.parse(owner.expiresAt)) {
    return {
      passed: false,
      detail: `Session token expired at ${owner.expiresAt}.`,
      kind: "expiredSessionToken",
      params: { sessionToken: token, accessKeyId: keyId },
      summary: `The temporary credentials for \`${keyId}\` expired at ${owner.expiresAt}${auth.mode === "query" ? "; a presigned URL dies with the session that signed it, whatever X-Amz-Expires says" : ""}.`,
      fix: "Get fresh credentials (`aws sso login`, assume the role again, or let the SDK's provider refresh them) and sign again.",
    };
  }
  if (owner.tokenVersion === 1 && world.optInRegions.includes(endpoint.region)) {
    return invalid(`Version-1 token used in opt-in region ${endpoint.region}.`,
      `The session token is a version-1 token from the global STS endpoint, which opt-in regions such as ${endpoint.region} do not accept.`,
      "Get credentials from a regional STS endpoint (AWS_STS_REGIONAL_ENDPOINTS=regional), or set the account's GlobalEndpointTokenVersion to 2 (`aws iam set-security-token-service-preferences --global-endpoint-token-version v2Token`).",
      "AWS has been seen sending the period in this case too (aws/aws-sdk-ruby#2850, §12.2).");
  }
  if (owner.mfaAuthenticated === false && ctx.service.id === "iam") {
    return invalid("GetSessionToken credentials without MFA cannot call IAM.",
      "These credentials come from GetSessionToken without MFA, and such credentials cannot call the IAM API.",
      "Call GetSessionToken with `--serial-number` and `--token-code` (MFA), or use long-term or role credentials for IAM.");
  }
  return pass(`Session token matches ${keyId} and is valid until ${owner.expiresAt ?? "(no expiry)"}.`);
};
