// fromIni's profile resolution, step for step: @aws-sdk/credential-provider-ini 3.973.31
// (resolveProfileData.ts, resolveAssumeRoleCredentials.ts, resolveCredentialSource.ts, resolveStaticCredentials.ts,
// resolveWebIdentityCredentials.ts, resolveProcessCredentials.ts, resolveSsoCredentials.ts).
import { found, skip, stop, type Attempt } from "../../common/attempt.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput } from "../../types.ts";
import type { JsV3Files } from "./loadProfilesJsV3.ts";
import { fromEnvJsV3, fromProcessJsV3, fromSsoJsV3, fromTokenFileJsV3 } from "./providersJsV3.ts";
import { fromContainerJsV3, fromInstanceMetadataJsV3 } from "./remoteJsV3.ts";
import { assumeRoleJsV3 } from "./assumeRoleJsV3.ts";

type Section = Record<string, string> | undefined;
const str = (section: Section, key: string) => getOwn(section ?? {}, key);

const isStatic = (s: Section) => s !== undefined && str(s, "aws_access_key_id") !== undefined && str(s, "aws_secret_access_key") !== undefined;
const isAssumeRole = (s: Section) =>
  s !== undefined &&
  str(s, "role_arn") !== undefined &&
  ((str(s, "source_profile") !== undefined && str(s, "credential_source") === undefined) ||
    (str(s, "credential_source") !== undefined && str(s, "source_profile") === undefined));
const isWebIdentity = (s: Section) => s !== undefined && str(s, "web_identity_token_file") !== undefined && str(s, "role_arn") !== undefined;
const isSso = (s: Section) =>
  s !== undefined && ["sso_start_url", "sso_account_id", "sso_session", "sso_region", "sso_role_name"].some((k) => str(s, k) !== undefined);
const isCredentialSourceWithoutRoleArn = (s: Section) => !str(s, "role_arn") && !!str(s, "credential_source");

export interface JsV3Context {
  input: ChainInput;
  files: JsV3Files;
  /** getProfileName(init): the explicit profile, else AWS_PROFILE, else "default". */
  profileName: string;
}

export function resolveProfileJsV3(
  ctx: JsV3Context,
  name: string,
  visited: string[] = [],
  isAssumeRoleRecursiveCall = false,
): Attempt {
  const data = getOwn(ctx.files.profiles, name);
  if (visited.length > 0 && isStatic(data)) return staticCredentials(ctx, name, data!);
  if (isAssumeRoleRecursiveCall || isAssumeRole(data)) return assumeRoleProfile(ctx, name, visited);
  if (isStatic(data)) return staticCredentials(ctx, name, data!);
  if (isWebIdentity(data)) return fromTokenFileJsV3(ctx.input, str(data, "web_identity_token_file")!, str(data, "role_arn")!, name);
  if (data !== undefined && str(data, "credential_process") !== undefined) return fromProcessJsV3(ctx, name);
  if (isSso(data)) return fromSsoJsV3(ctx, name);
  if (data !== undefined && str(data, "login_session")) {
    return skip(`Profile ${name} uses login_session (aws login), which the model does not follow further.`);
  }
  return skip(`Could not resolve credentials using profile: [${name}] in configuration/credentials file(s).`);
}

function staticCredentials(ctx: JsV3Context, name: string, data: Record<string, string>): Attempt {
  const inCredentials = getOwn(getOwn(ctx.files.credentialsSections, name), "aws_access_key_id") !== undefined;
  return found(
    {
      source: inCredentials ? "shared-credentials-file" : "config-file",
      provider: "fromIni",
      accessKeyId: data.aws_access_key_id,
      hasSessionToken: str(data, "aws_session_token") !== undefined,
      origin: {
        kind: "file",
        path: inCredentials ? ctx.files.credentialsPath : ctx.files.configPath,
        section: inCredentials || name === "default" ? name : `profile ${name}`,
        profile: name,
      },
    },
    `profile ${name} has aws_access_key_id and aws_secret_access_key`,
  );
}

function assumeRoleProfile(ctx: JsV3Context, name: string, visited: string[]): Attempt {
  const data = getOwn(ctx.files.profiles, name) ?? {};
  const sourceProfile = str(data, "source_profile");
  if (sourceProfile !== undefined && sourceProfile !== "" && visited.includes(sourceProfile)) {
    return skip(`Detected a cycle attempting to resolve credentials for profile ${ctx.profileName}. Profiles visited: ${visited.join(", ")}`);
  }
  let source: Attempt;
  if (sourceProfile) {
    source = resolveProfileJsV3(ctx, sourceProfile, [...visited, sourceProfile], isCredentialSourceWithoutRoleArn(getOwn(ctx.files.profiles, sourceProfile)));
  } else {
    const credentialSource = str(data, "credential_source") ?? "";
    if (credentialSource === "EcsContainer") source = fromContainerJsV3(ctx.input);
    else if (credentialSource === "Ec2InstanceMetadata") source = fromInstanceMetadataJsV3(ctx.input);
    else if (credentialSource === "Environment") source = fromEnvJsV3(ctx.input);
    else {
      return skip(
        `Unsupported credential source in profile ${name}. Got ${credentialSource}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
      );
    }
  }
  if (isCredentialSourceWithoutRoleArn(data)) return source;
  const mfaSerial = str(data, "mfa_serial");
  if (mfaSerial) {
    return stop(`Profile ${name} requires multi-factor authentication, but no MFA code callback was provided.`, "CredentialsProviderError");
  }
  if (!source.ok) return source;
  return assumeRoleJsV3(ctx.input, str(data, "role_arn")!, name, source.credentials);
}
