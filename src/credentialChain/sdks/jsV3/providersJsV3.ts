// The JS SDK v3's local providers: @aws-sdk/credential-provider-env 3.972.85 (fromEnv.ts),
// credential-provider-process 3.972.85 (resolveProcessCredentials.ts, getValidatedProcessCredentials.ts),
// credential-provider-web-identity 3.972.91 (fromTokenFile.ts), credential-provider-sso 3.973.29 (fromSSO.ts,
// resolveSSOCredentials.ts, validateSsoProfile.ts) and token-providers (fromSso.ts, validateTokenKey.ts).
import { found, skip, stop, type Attempt } from "../../common/attempt.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { isExpired } from "../../common/isExpired.ts";
import { readInputFile } from "../../common/readInputFile.ts";
import {
  ACCESS_KEY_ID_ENV,
  ROLE_ARN_ENV,
  SECRET_ACCESS_KEY_ENV,
  SESSION_TOKEN_ENV,
  WEB_IDENTITY_TOKEN_FILE_ENV,
} from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import { lookupProcess } from "../../common/lookupProcess.ts";
import type { ChainInput } from "../../types.ts";
import { assumeRoleWithWebIdentityJsV3 } from "./assumeRoleJsV3.ts";
import type { JsV3Context } from "./resolveProfileJsV3.ts";

const SSO_REFRESH = "To refresh this SSO session run aws sso login with the corresponding profile.";
const TOKEN_REFRESH = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";

export function fromEnvJsV3(input: ChainInput): Attempt {
  const accessKeyId = envNonEmpty(input, ACCESS_KEY_ID_ENV);
  if (accessKeyId && envNonEmpty(input, SECRET_ACCESS_KEY_ENV)) {
    const token = envNonEmpty(input, SESSION_TOKEN_ENV);
    return found(
      {
        source: "env",
        provider: "fromEnv",
        accessKeyId,
        hasSessionToken: token !== undefined,
        origin: { kind: "env", accessKeyIdVar: ACCESS_KEY_ID_ENV, secretVar: SECRET_ACCESS_KEY_ENV, sessionTokenVar: token ? SESSION_TOKEN_ENV : undefined },
      },
      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set",
    );
  }
  return skip("Unable to find environment variable credentials.");
}

export function fromProcessJsV3(ctx: JsV3Context, name: string): Attempt {
  const profile = getOwn(ctx.files.profiles, name);
  if (!profile) return skip(`Profile ${name} could not be found in shared credentials file.`);
  const command = getOwn(profile, "credential_process");
  if (command === undefined) return skip(`Profile ${name} did not contain credential_process.`);
  const answer = lookupProcess(ctx.input, command, command.trim().split(/\s+/)[0]);
  if (answer === undefined || answer.kind === "not-found") return skip(`Command failed: ${command} (command not found)`);
  if (answer.kind === "exit") return skip(`Command failed: ${command} (exit code ${answer.code})`);
  if (answer.kind === "not-json") return skip(`Profile ${name} credential_process returned invalid JSON.`);
  if (answer.kind === "unknown") {
    return found({ source: "custom-process", provider: "fromProcess", origin: { kind: "endpoint", endpoint: "process" } }, `credential_process of profile ${name} runs (its output is not known here)`);
  }
  if ((answer.version ?? 1) !== 1) return skip(`Profile ${name} credential_process did not return Version 1.`);
  const creds = answer.credentials;
  if (!creds.accessKeyId || !creds.hasSecretAccessKey) return skip(`Profile ${name} credential_process returned invalid credentials.`);
  if (creds.expiration && isExpired(creds.expiration, ctx.input.now, -1)) {
    return skip(`Profile ${name} credential_process returned expired credentials.`);
  }
  return found(
    {
      source: "custom-process",
      provider: "fromProcess",
      accessKeyId: creds.accessKeyId,
      hasSessionToken: creds.hasSessionToken,
      origin: { kind: "endpoint", endpoint: "process" },
    },
    `credential_process of profile ${name} printed credentials`,
  );
}

/** fromTokenFile: the file is read before STS is called, and a missing file is a plain ENOENT error (the chain stops). */
export function fromTokenFileJsV3(input: ChainInput, tokenFile: string, roleArn: string, profile?: string): Attempt {
  if (readInputFile(input, tokenFile) === undefined) {
    return stop(`ENOENT: no such file or directory, open '${tokenFile}'`, "Error");
  }
  return assumeRoleWithWebIdentityJsV3(input, roleArn, tokenFile, profile, profile === undefined ? "fromTokenFile" : "fromIni");
}

export function fromEnvTokenFileJsV3(input: ChainInput): Attempt {
  const tokenFile = envNonEmpty(input, WEB_IDENTITY_TOKEN_FILE_ENV);
  const roleArn = envNonEmpty(input, ROLE_ARN_ENV);
  if (!tokenFile || !roleArn) return skip("Web identity configuration not specified");
  return fromTokenFileJsV3(input, tokenFile, roleArn);
}

export function fromSsoJsV3(ctx: JsV3Context, name: string): Attempt {
  const profile = getOwn(ctx.files.profiles, name);
  if (!profile) return skip(`Profile ${name} was not found.`);
  const fields = { ...profile };
  const sessionName = getOwn(profile, "sso_session");
  if (sessionName !== undefined) {
    const session = getOwn(ctx.files.ssoSessions, sessionName);
    if (session === undefined) return stop("Cannot read properties of undefined (reading 'sso_region')", "TypeError");
    fields.sso_region = getOwn(session, "sso_region") as string;
    fields.sso_start_url = getOwn(session, "sso_start_url") as string;
  }
  if (!fields.sso_start_url || !fields.sso_account_id || !fields.sso_region || !fields.sso_role_name) {
    const keys = Object.keys(fields);
    return stop(
      `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${keys.join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
      "CredentialsProviderError",
    );
  }
  const cacheKey = sessionName ?? fields.sso_start_url;
  const token = getOwn(ctx.input.surroundings?.ssoCache ?? {}, cacheKey);
  if (sessionName !== undefined) {
    const session = getOwn(ctx.files.ssoSessions, sessionName)!;
    for (const key of ["sso_start_url", "sso_region"]) {
      if (!getOwn(session, key)) return stop(`Sso session '${sessionName}' is missing required property '${key}'.`, "CredentialsProviderError");
    }
    if (token === undefined) {
      return stop(`The SSO session token associated with profile=${name} was not found or is invalid. ${TOKEN_REFRESH}`, "CredentialsProviderError");
    }
    if (!token.hasAccessToken) return stop(`Value not present for 'accessToken' in SSO Token. ${TOKEN_REFRESH}`, "CredentialsProviderError");
    if (isExpired(token.expiresAt, ctx.input.now, 5 * 60 * 1000)) {
      if (!token.hasRefreshToken) return stop(`Value not present for 'clientId' in SSO Token. Cannot refresh. ${TOKEN_REFRESH}`, "CredentialsProviderError");
      if (!token.refreshWorks && isExpired(token.expiresAt, ctx.input.now, -1)) {
        return stop(`Token is expired. ${TOKEN_REFRESH}`, "CredentialsProviderError");
      }
    }
  } else {
    if (token === undefined) return stop(`The SSO session associated with this profile is invalid. ${SSO_REFRESH}`, "CredentialsProviderError");
    if (isExpired(token.expiresAt, ctx.input.now)) {
      return stop(`The SSO session associated with this profile has expired. ${SSO_REFRESH}`, "CredentialsProviderError");
    }
  }
  return found(
    {
      source: "sso",
      provider: "fromSSO",
      accessKeyId: token.roleCredentials?.accessKeyId,
      hasSessionToken: true,
      origin: { kind: "endpoint", endpoint: "sso" },
    },
    `the cached SSO token for ${cacheKey} is valid; GetRoleCredentials for ${fields.sso_role_name} in ${fields.sso_account_id}`,
  );
}
