// The providers the Go SDK v2 can pick (config/resolve_credentials.go) and how each fails on first use:
// credentials/ec2rolecreds ("no EC2 IMDS role found"), credentials/endpointcreds, credentials/processcreds,
// credentials/stscreds (web identity, assume role), credentials/ssocreds; every first-use failure is wrapped by
// aws/credential_cache.go as "failed to refresh cached credentials, …". Network-dependent tails are paraphrased.
import { credentialsFromAnswer } from "../../common/answerOf.ts";
import { found, stop, type Attempt } from "../../common/attempt.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { isExpired } from "../../common/isExpired.ts";
import { lookupProcess } from "../../common/lookupProcess.ts";
import { readInputFile } from "../../common/readInputFile.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput, ResolvedCredentials, SourceName } from "../../types.ts";
import { hasKeys, type GoProfile, type GoSharedConfig } from "./loadSharedConfigGoV2.ts";
import { stsRoleFields } from "../../common/stsRoleFields.ts";

const REFRESH = "failed to refresh cached credentials, ";
const failsOnUse = (credentials: ResolvedCredentials, message: string, reason: string): Attempt =>
  found({ ...credentials, deferred: true, fetchError: { name: "OperationError", message: REFRESH + message } }, reason);

export function envCredentialsGoV2(input: ChainInput): Attempt {
  const keyVar = envNonEmpty(input, "AWS_ACCESS_KEY_ID") ? "AWS_ACCESS_KEY_ID" : "AWS_ACCESS_KEY";
  const secretVar = envNonEmpty(input, "AWS_SECRET_ACCESS_KEY") ? "AWS_SECRET_ACCESS_KEY" : "AWS_SECRET_KEY";
  const accessKeyId = envNonEmpty(input, keyVar);
  if (!accessKeyId || !envNonEmpty(input, secretVar)) return { ok: false, next: true, message: "no environment keys" };
  const token = envNonEmpty(input, "AWS_SESSION_TOKEN");
  return found(
    { source: "env", provider: "EnvConfig", accessKeyId, hasSessionToken: !!token, origin: { kind: "env", accessKeyIdVar: keyVar, secretVar, sessionTokenVar: token ? "AWS_SESSION_TOKEN" : undefined } },
    `${keyVar} and ${secretVar} are set`,
  );
}

export function webIdentityGoV2(input: ChainInput, tokenFile: string, roleArn: string | undefined, profile: string | undefined): Attempt {
  if (!roleArn) return stop("role ARN is not set", "Error");
  const credentials: ResolvedCredentials = {
    source: "assume-role-with-web-identity",
    provider: "stscreds.WebIdentityRoleProvider",
    ...stsRoleFields(input, roleArn),
    assumeRole: { roleArn, profile, tokenFile },
  };
  if (readInputFile(input, tokenFile) === undefined) {
    return failsOnUse(credentials, `failed to retrieve jwt from provide source, unable to read file at ${tokenFile}: open ${tokenFile}: no such file or directory`, "web identity is chosen; its token file is missing");
  }
  return found(credentials, `${tokenFile} is exchanged for ${roleArn}`);
}

function imdsGoV2(input: ChainInput): Attempt {
  const credentials: ResolvedCredentials = { source: "iam-role", provider: "ec2rolecreds", origin: { kind: "endpoint", endpoint: "imds" } };
  if ((envNonEmpty(input, "AWS_EC2_METADATA_DISABLED") ?? "").toLowerCase() === "true") {
    return failsOnUse(credentials, 'no EC2 IMDS role found, operation error ec2imds: GetMetadata, access disabled to EC2 IMDS via client option, or "AWS_EC2_METADATA_DISABLED" environment variable', "nothing else is configured, so ec2rolecreds is chosen; IMDS is disabled");
  }
  const answer = input.surroundings?.imds;
  if (answer?.kind === "credentials") return found(credentialsFromAnswer(answer, "iam-role", "ec2rolecreds", { kind: "endpoint", endpoint: "imds" }), "instance metadata returned credentials");
  const tail = answer?.kind === "http-error" ? `http response error StatusCode: ${answer.status}, request to EC2 IMDS failed` : "request canceled, context deadline exceeded";
  return failsOnUse(credentials, `no EC2 IMDS role found, operation error ec2imds: GetMetadata, ${tail}`, "nothing else is configured, so ec2rolecreds is chosen; IMDS does not answer with a role");
}

function containerGoV2(input: ChainInput, url: string, checkHost: boolean): Attempt {
  if (checkHost) {
    let host = "";
    try {
      host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    } catch {
      return stop(`invalid URL, parse "${url}"`, "Error");
    }
    const allowed = /^127\.\d+\.\d+\.\d+$/.test(host) || ["::1", "169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"].includes(host);
    if (url.startsWith("http:") && !allowed) return stop(`invalid endpoint host, "${host}", only loopback/ecs/eks hosts are allowed`, "Error");
  }
  const answer = input.surroundings?.container;
  const credentials: ResolvedCredentials = { source: "container-role", provider: "endpointcreds", origin: { kind: "endpoint", endpoint: "container" } };
  if (answer?.kind === "credentials") return found(credentialsFromAnswer(answer, "container-role", "endpointcreds", { kind: "endpoint", endpoint: "container" }), `${url} returned credentials`);
  return failsOnUse(credentials, `failed to load credentials, ${answer?.kind === "http-error" ? `http response error StatusCode: ${answer.status}` : "connection refused"}`, `the container endpoint ${url} is chosen and does not answer`);
}

function staticGoV2(profile: GoProfile, source: SourceName): Attempt {
  const path = profile.files.aws_access_key_id ?? "";
  return found(
    {
      source: path.endsWith("credentials") || source === "shared-credentials-file" ? "shared-credentials-file" : "config-file",
      provider: "SharedConfigCredentials",
      accessKeyId: profile.values.aws_access_key_id,
      hasSessionToken: !!getOwn(profile.values, "aws_session_token"),
      origin: { kind: "file", path, section: profile.name, profile: profile.name },
    },
    `profile ${profile.name} has aws_access_key_id and aws_secret_access_key`,
  );
}

/** resolveCredsFromProfile: one provider from the profile, in Go's order, then AssumeRole over it when role_arn is set. */
export function fromProfileGoV2(input: ChainInput, profile: GoProfile, files: GoSharedConfig): Attempt {
  const v = profile.values;
  const get = (key: string) => getOwn(v, key);
  let base: Attempt;
  if (profile.source) base = fromProfileGoV2(input, profile.source, files);
  else if (hasKeys(v)) base = staticGoV2(profile, profile.files.aws_access_key_id === files.credentialsPath ? "shared-credentials-file" : "config-file");
  else if (get("credential_source")) {
    const source = get("credential_source");
    if (source === "Ec2InstanceMetadata") base = imdsGoV2(input);
    else if (source === "Environment") {
      const env = envCredentialsGoV2(input);
      base = env.ok ? env : failsOnUse({ source: "env", provider: "StaticCredentialsProvider", origin: { kind: "env", accessKeyIdVar: "AWS_ACCESS_KEY_ID", secretVar: "AWS_SECRET_ACCESS_KEY" } }, "static credentials are empty", "credential_source = Environment, with no keys in the environment");
    } else if (source === "EcsContainer") {
      const relative = envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
      if (!relative) return stop("EcsContainer was specified as the credential_source, but 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' was not set", "Error");
      base = containerGoV2(input, `http://169.254.170.2${relative}`, false);
    } else return stop("credential_source values must be EcsContainer, Ec2InstanceMetadata, or Environment", "Error");
  } else if (get("web_identity_token_file")) {
    return webIdentityGoV2(input, get("web_identity_token_file")!, get("role_arn"), profile.name);
  } else if (get("sso_account_id") || get("sso_role_name") || get("sso_session") || get("sso_start_url") || get("sso_region")) {
    const key = get("sso_session") ?? get("sso_start_url") ?? "";
    const token = getOwn(input.surroundings?.ssoCache ?? {}, key);
    const credentials: ResolvedCredentials = { source: "sso", provider: "ssocreds", accessKeyId: token?.roleCredentials?.accessKeyId, hasSessionToken: true, origin: { kind: "endpoint", endpoint: "sso" } };
    if (token === undefined) base = failsOnUse(credentials, "failed to read cached SSO token file", "SSO is chosen; no cached token");
    else if (isExpired(token.expiresAt, input.now) && !(token.hasRefreshToken && token.refreshWorks)) base = failsOnUse(credentials, "the SSO session has expired or is invalid", "SSO is chosen; the cached token has expired");
    else base = found(credentials, `the cached SSO token for ${key} is valid`);
  } else if (get("credential_process")) {
    const command = get("credential_process")!;
    const answer = lookupProcess(input, command, command.trim().split(/\s+/)[0]);
    const credentials: ResolvedCredentials = { source: "custom-process", provider: "processcreds", origin: { kind: "endpoint", endpoint: "process" } };
    if (answer?.kind === "credentials" && answer.credentials.hasSecretAccessKey && (answer.version ?? 1) === 1) base = found({ ...credentials, accessKeyId: answer.credentials.accessKeyId, hasSessionToken: answer.credentials.hasSessionToken }, "credential_process printed credentials");
    else if (answer?.kind === "unknown") base = found(credentials, "credential_process runs (its output is not known here)");
    else base = failsOnUse(credentials, "process provider error: the credential_process command failed or printed no valid credentials", "credential_process is chosen and fails");
  } else if (envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_FULL_URI")) base = containerGoV2(input, envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_FULL_URI")!, true);
  else if (envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) base = containerGoV2(input, `http://169.254.170.2${envNonEmpty(input, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")}`, false);
  else base = imdsGoV2(input);
  if (!base.ok || !get("role_arn")) return base;
  if (get("mfa_serial")) return stop("assume role with MFA enabled, but AssumeRoleTokenProvider session option not set.", "AssumeRoleTokenProviderNotSetError");
  const roleArn = get("role_arn")!;
  return found(
    {
      source: "assume-role",
      provider: "stscreds.AssumeRoleProvider",
      ...stsRoleFields(input, roleArn),
      assumeRole: { roleArn, profile: profile.name, sourceCredentials: base.credentials },
      ...(base.credentials.fetchError ? { deferred: true, fetchError: base.credentials.fetchError } : {}),
    },
    `profile ${profile.name} assumes ${roleArn} with credentials from ${base.credentials.source}`,
  );
}
