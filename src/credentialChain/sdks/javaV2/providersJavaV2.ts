// The Java SDK v2's providers (core/auth software.amazon.awssdk.auth.credentials): EnvironmentVariableCredentialsProvider,
// WebIdentityTokenFileCredentialsProvider, ProfileCredentialsProvider (ProfileCredentialsUtils: role_arn with
// source_profile or credential_source, web identity, SSO, credential_process, keys), ContainerCredentialsProvider,
// InstanceProfileCredentialsProvider. Every failure is caught by the chain, which moves on.
import { credentialsFromAnswer } from "../../common/answerOf.ts";
import { found, skip, type Attempt } from "../../common/attempt.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { isExpired } from "../../common/isExpired.ts";
import { lookupProcess } from "../../common/lookupProcess.ts";
import { readInputFile } from "../../common/readInputFile.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { IniSections } from "../../ini/types.ts";
import type { ChainInput, ResolvedCredentials } from "../../types.ts";
import { stsRoleFields } from "../../common/stsRoleFields.ts";

const SYSTEM_SETTINGS = "Unable to load credentials from system settings.";

export function envProviderJavaV2(input: ChainInput): Attempt {
  const accessKeyId = envNonEmpty(input, "AWS_ACCESS_KEY_ID");
  if (!accessKeyId) return skip(`${SYSTEM_SETTINGS} Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).`);
  if (!envNonEmpty(input, "AWS_SECRET_ACCESS_KEY")) return skip(`${SYSTEM_SETTINGS} Secret key must be specified either via environment variable (AWS_SECRET_ACCESS_KEY) or system property (aws.secretAccessKey).`);
  const token = envNonEmpty(input, "AWS_SESSION_TOKEN");
  return found(
    { source: "env", provider: "EnvironmentVariableCredentialsProvider", accessKeyId, hasSessionToken: !!token, origin: { kind: "env", accessKeyIdVar: "AWS_ACCESS_KEY_ID", secretVar: "AWS_SECRET_ACCESS_KEY", sessionTokenVar: token ? "AWS_SESSION_TOKEN" : undefined } },
    "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set",
  );
}

export function webIdentityJavaV2(input: ChainInput, tokenFile: string | undefined, roleArn: string | undefined, profile?: string): Attempt {
  if (!tokenFile) return skip("Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set.");
  if (!roleArn) return skip("Either the environment variable AWS_ROLE_ARN or the javaproperty aws.roleArn must be set.");
  if (readInputFile(input, tokenFile) === undefined) return skip(`Unable to read the web identity token file ${tokenFile} (NoSuchFileException)`);
  return found(
    { source: "assume-role-with-web-identity", provider: "WebIdentityTokenFileCredentialsProvider", ...stsRoleFields(input, roleArn), assumeRole: { roleArn, profile, tokenFile } },
    `${tokenFile} is exchanged for ${roleArn}`,
  );
}

export function containerJavaV2(input: ChainInput): Attempt {
  if (!envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") && !envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
    return skip("Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set.");
  }
  const answer = input.surroundings?.container;
  if (answer?.kind !== "credentials") return skip("Failed to load credentials from metadata service.");
  return found(credentialsFromAnswer(answer, "container-role", "ContainerCredentialsProvider", { kind: "endpoint", endpoint: "container" }), "the container endpoint returned credentials");
}

export function imdsJavaV2(input: ChainInput): Attempt {
  if ((envNonEmpty(input, "AWS_EC2_METADATA_DISABLED") ?? "").toLowerCase() === "true") return skip("IMDS credentials have been disabled by environment variable or system property.");
  const answer = input.surroundings?.imds;
  if (answer?.kind !== "credentials") return skip("Failed to load credentials from IMDS.");
  return found(credentialsFromAnswer(answer, "iam-role", "InstanceProfileCredentialsProvider", { kind: "endpoint", endpoint: "imds" }), "instance metadata returned credentials");
}

/** ProfileCredentialsUtils.credentialsProvider for one profile, following source_profile with a cycle check. */
export function profileCredentialsJavaV2(input: ChainInput, profiles: IniSections, credentialsSections: IniSections, name: string, chain: string[] = []): Attempt {
  const p = getOwn(profiles, name);
  const get = (key: string) => getOwn(p ?? {}, key);
  if (p === undefined) return skip(`Profile file contained no credentials for profile '${name}'`);
  const roleArn = get("role_arn");
  if (roleArn !== undefined) {
    const sourceProfile = get("source_profile");
    const credentialSource = get("credential_source");
    if (sourceProfile !== undefined && credentialSource !== undefined) return skip("Invalid profile file: profile has both source_profile and credential_source.");
    let source: Attempt | undefined;
    if (sourceProfile !== undefined) {
      if (chain.includes(sourceProfile) || sourceProfile === name) return skip(`Invalid profile file: Circular relationship detected with profiles [${[...chain, name].join(", ")}].`);
      if (getOwn(profiles, sourceProfile) === undefined) return skip(`The source profile of '${name}' was configured to be '${sourceProfile}', but that source profile has no credentials configured.`);
      source = profileCredentialsJavaV2(input, profiles, credentialsSections, sourceProfile, [...chain, name]);
      if (!source.ok) return skip(`The source profile of '${name}' was configured to be '${sourceProfile}', but that source profile has no credentials configured.`);
    } else if (credentialSource !== undefined) {
      const normalized = credentialSource.toLowerCase();
      source = normalized === "environment" ? envProviderJavaV2(input) : normalized === "ec2instancemetadata" ? imdsJavaV2(input) : normalized === "ecscontainer" ? containerJavaV2(input) : undefined;
      if (source === undefined) return skip(`Unsupported credential source in profile '${name}': ${credentialSource}`);
      if (!source.ok) return source;
    } else if (get("web_identity_token_file") !== undefined) {
      return webIdentityJavaV2(input, get("web_identity_token_file"), roleArn, name);
    } else {
      return skip(`Invalid profile file: profile has role_arn but neither source_profile nor credential_source.`);
    }
    return found(
      { source: "assume-role", provider: "ProfileCredentialsProvider", ...stsRoleFields(input, roleArn), assumeRole: { roleArn, profile: name, sourceCredentials: source.credentials } },
      `profile ${name} assumes ${roleArn} with credentials from ${source.credentials.source}`,
    );
  }
  if (get("sso_start_url") !== undefined || get("sso_session") !== undefined) {
    const key = get("sso_session") ?? get("sso_start_url")!;
    const token = getOwn(input.surroundings?.ssoCache ?? {}, key);
    if (token === undefined || !token.hasAccessToken) return skip(`Unable to load SSO token: the cached token for ${key} is missing`);
    if (isExpired(token.expiresAt, input.now) && !(token.hasRefreshToken && token.refreshWorks)) return skip("The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.");
    return found({ source: "sso", provider: "ProfileCredentialsProvider", accessKeyId: token.roleCredentials?.accessKeyId, hasSessionToken: true, origin: { kind: "endpoint", endpoint: "sso" } }, `the cached SSO token for ${key} is valid`);
  }
  const command = get("credential_process");
  if (command !== undefined) {
    const answer = lookupProcess(input, command, command.trim().split(/\s+/)[0]);
    const base: ResolvedCredentials = { source: "custom-process", provider: "ProfileCredentialsProvider", origin: { kind: "endpoint", endpoint: "process" } };
    if (answer?.kind === "unknown") return found(base, "credential_process runs (its output is not known here)");
    if (answer?.kind !== "credentials" || !answer.credentials.hasSecretAccessKey || (answer.version ?? 1) !== 1) return skip("Failed to refresh process-based credentials.");
    return found({ ...base, accessKeyId: answer.credentials.accessKeyId, hasSessionToken: answer.credentials.hasSessionToken }, "credential_process printed credentials");
  }
  const accessKeyId = get("aws_access_key_id");
  if (accessKeyId !== undefined) {
    if (get("aws_secret_access_key") === undefined) return skip(`Profile property 'aws_secret_access_key' was not configured for '${name}'.`);
    const inCredentials = getOwn(getOwn(credentialsSections, name) ?? {}, "aws_access_key_id") !== undefined;
    return found(
      { source: inCredentials ? "shared-credentials-file" : "config-file", provider: "ProfileCredentialsProvider", accessKeyId, hasSessionToken: get("aws_session_token") !== undefined, origin: { kind: "file", path: "", section: name, profile: name } },
      `profile ${name} has aws_access_key_id and aws_secret_access_key`,
    );
  }
  return skip(`Profile file contained no credentials for profile '${name}'`);
}
