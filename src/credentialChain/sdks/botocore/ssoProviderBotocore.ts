// botocore 1.43.11 credentials.py SSOProvider (_load_sso_config, _resolve_sso_session_reference) and
// SSOCredentialFetcher / utils.SSOTokenLoader: the profile is checked now, the cached token on first use.
import { found, none, stop, type Attempt } from "../../common/attempt.ts";
import { isExpired } from "../../common/isExpired.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput } from "../../types.ts";
import type { BotocoreConfig } from "./loadConfigBotocore.ts";
import { has, str } from "./profileValues.ts";
import { validateRegionNameBotocore } from "./validateRegionNameBotocore.ts";

const invalidConfig = (message: string) => stop(message, "InvalidConfigError");

export function ssoProviderBotocore(input: ChainInput, config: BotocoreConfig, name: string): Attempt {
  const profile = getOwn(config.profiles, name);
  if (!has(profile, "sso_role_name") && !has(profile, "sso_account_id")) return none(`profile ${name} has no sso_role_name or sso_account_id`);
  const resolved = new Map<string, string | undefined>();
  for (const key of Object.keys(profile!)) resolved.set(key, str(profile, key));
  const sessionName = str(profile, "sso_session");
  if (sessionName !== undefined) {
    const session = getOwn(config.ssoSessions, sessionName);
    if (session === undefined) return invalidConfig(`The specified sso-session does not exist: "${sessionName}"`);
    for (const key of Object.keys(session)) {
      const value = str(session, key);
      if (resolved.has(key) && resolved.get(key) !== value) {
        return invalidConfig(`The value for ${key} is inconsistent between profile (${resolved.get(key)}) and sso-session (${value}).`);
      }
      resolved.set(key, value);
    }
  }
  const required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region", ...(sessionName !== undefined ? ["sso_session"] : [])];
  const missing = required.filter((key) => !resolved.has(key));
  if (missing.length > 0) {
    return invalidConfig(`The profile "${name}" is configured to use SSO but is missing required configuration: ${missing.join(", ")}`);
  }
  const startUrl = resolved.get("sso_start_url")!;
  const cacheKey = sessionName ?? startUrl;
  const token = getOwn(input.surroundings?.ssoCache ?? {}, cacheKey);
  let fetchError: { name: string; message: string } | undefined;
  const badRegion = validateRegionNameBotocore(resolved.get("sso_region")!);
  if (badRegion !== undefined) {
    fetchError = { name: "InvalidRegionError", message: badRegion }; // the SSO client is created before the token is read
  } else if (token === undefined || !token.hasAccessToken) {
    fetchError = { name: "SSOTokenLoadError", message: `Error loading SSO Token: Token for ${cacheKey} does not exist` };
  } else if (sessionName !== undefined) {
    // tokens.SSOTokenProvider refreshes a token within 15 minutes of expiry, and fails once it has expired.
    if (isExpired(token.expiresAt, input.now) && !(token.hasRefreshToken && token.refreshWorks)) {
      fetchError = { name: "TokenRetrievalError", message: "Error when retrieving token from sso: Token has expired and refresh failed" };
    }
  } else if (isExpired(token.expiresAt, input.now)) {
    fetchError = {
      name: "UnauthorizedSSOTokenError",
      message: "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.",
    };
  }
  return found(
    {
      source: "sso",
      provider: "SSOProvider",
      accessKeyId: token?.roleCredentials?.accessKeyId,
      hasSessionToken: true,
      origin: { kind: "endpoint", endpoint: "sso" },
      deferred: true,
      fetchError,
    },
    `profile ${name} is an SSO profile (${sessionName !== undefined ? `sso-session ${sessionName}` : `start URL ${startUrl}`}); the token is read on first use`,
  );
}
