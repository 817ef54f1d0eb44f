// botocore 1.43.11 credentials.py AssumeRoleProvider: validation (_get_role_config, _validate_source_profile) and the
// source credentials (_resolve_source_credentials) happen when the chain runs; the sts:AssumeRole call is deferred.
import { found, none, stop, type Attempt } from "../../common/attempt.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput } from "../../types.ts";
import type { BotocoreConfig } from "./loadConfigBotocore.ts";
import { envProviderBotocore } from "./localProvidersBotocore.ts";
import { profileProvidersBotocore } from "./profileProvidersBotocore.ts";
import { has, pyList, str, type BotocoreProfile } from "./profileValues.ts";
import { containerProviderBotocore, instanceMetadataProviderBotocore } from "./remoteProvidersBotocore.ts";
import { stsRoleFields } from "../../common/stsRoleFields.ts";

const invalid = (message: string) => stop(message, "InvalidConfigError");
const hasRoleVars = (p: BotocoreProfile) => has(p, "role_arn") && !has(p, "web_identity_token_file");
const hasStatic = (p: BotocoreProfile) => has(p, "aws_secret_access_key") || has(p, "aws_access_key_id");
const CANONICAL_SOURCES = ["Environment", "EcsContainer", "Ec2InstanceMetadata"];

export function assumeRoleProviderBotocore(input: ChainInput, config: BotocoreConfig, profileName: string): Attempt {
  if (!hasRoleVars(getOwn(config.profiles, profileName))) return none(`profile ${profileName} has no role_arn`);
  return loadViaAssumeRole(input, config, profileName, [profileName]);
}

function loadViaAssumeRole(input: ChainInput, config: BotocoreConfig, name: string, visited: string[]): Attempt {
  const profile = getOwn(config.profiles, name);
  const sourceProfile = str(profile, "source_profile");
  const credentialSource = str(profile, "credential_source");
  if (credentialSource !== undefined && sourceProfile !== undefined) return invalid(`The profile "${name}" contains both source_profile and credential_source.`);
  if (credentialSource === undefined && sourceProfile === undefined) {
    return stop("Partial credentials found in assume-role, missing: source_profile or credential_source", "PartialCredentialsError");
  }
  let source: Attempt;
  if (credentialSource !== undefined) {
    if (!CANONICAL_SOURCES.includes(credentialSource)) return invalid(`The credential source "${credentialSource}" referenced in profile "${name}" is not valid.`);
    source = credentialSource === "Environment" ? envProviderBotocore(input) : credentialSource === "EcsContainer" ? containerProviderBotocore(input) : instanceMetadataProviderBotocore(input);
    if (!source.ok && source.next) {
      return stop(`Error when retrieving credentials from ${credentialSource}: No credentials found in credential_source referenced in profile ${name}`, "CredentialRetrievalError");
    }
  } else {
    const sourceName = sourceProfile!;
    const sourceData = getOwn(config.profiles, sourceName);
    if (sourceData === undefined) return invalid(`The source_profile "${sourceName}" referenced in the profile "${name}" does not exist.`);
    if (visited.includes(sourceName) && (sourceName !== name || !hasStatic(sourceData))) {
      return stop(
        `Infinite loop in credential configuration detected. Attempting to load from profile ${sourceName} which has already been visited. Visited profiles: ${pyList(visited)}`,
        "InfiniteLoopConfigError",
      );
    }
    visited.push(sourceName);
    if (hasStatic(sourceData) || !hasRoleVars(sourceData)) {
      source = { ok: false, next: true, message: "" };
      for (const step of profileProvidersBotocore(input, config, sourceName, true)) {
        source = step.run();
        if (source.ok || !source.next) break;
      }
      if (!source.ok && source.next) return invalid(`The source profile "${sourceName}" must have credentials.`);
    } else {
      source = loadViaAssumeRole(input, config, sourceName, visited);
    }
  }
  if (!source.ok) return source;
  const roleArn = str(profile, "role_arn")!;
  return found(
    {
      source: "assume-role",
      provider: "AssumeRoleProvider",
      ...stsRoleFields(input, roleArn),
      assumeRole: { roleArn, profile: name, sourceCredentials: source.credentials },
      deferred: true,
      fetchError: source.credentials.fetchError,
    },
    `profile ${name} assumes ${roleArn} with credentials from ${source.credentials.source} (STS is called on first use)`,
  );
}
