// Traps read off the active profile itself, the same way for every SDK: a source_profile loop, and an SSO token in
// the cache that has expired.
import { isExpired } from "./isExpired.ts";
import { getOwn } from "../ini/createRecord.ts";
import type { ChainInput, ChainWarning } from "../types.ts";

/** `lookup(name)` gives a profile's keys as this SDK reads them (undefined: no such profile). */
export function collectProfileWarnings(input: ChainInput, profileName: string, lookup: (name: string) => Record<string, unknown> | undefined): ChainWarning[] {
  const warnings: ChainWarning[] = [];
  const text = (profile: Record<string, unknown> | undefined, key: string) => {
    const value = profile === undefined ? undefined : getOwn(profile, key);
    return typeof value === "string" ? value : undefined;
  };
  const path = [profileName];
  for (let name = profileName; ; ) {
    const profile = lookup(name);
    const next = text(profile, "role_arn") !== undefined ? text(profile, "source_profile") : undefined;
    if (next === undefined) break;
    if (path.includes(next)) {
      const selfWithKeys = next === name && text(profile, "aws_access_key_id") !== undefined;
      if (!selfWithKeys) {
        warnings.push({ code: "source-profile-loop", message: `source_profile goes round in a loop: ${[...path, next].join(" → ")}. Point the last source_profile at a profile with keys (or credential_source).` });
      }
      break;
    }
    path.push(next);
    name = next;
  }
  for (const name of path) {
    const profile = lookup(name);
    for (const key of [text(profile, "sso_session"), text(profile, "sso_start_url")]) {
      if (key === undefined) continue;
      const token = getOwn(input.surroundings?.ssoCache ?? {}, key);
      if (token && isExpired(token.expiresAt, input.now)) {
        warnings.push({ code: "sso-token-expired", message: `The cached IAM Identity Center token for ${key} expired at ${token.expiresAt}. Run \`aws sso login --profile ${name}\`.` });
      }
    }
  }
  return warnings;
}
