// How the Go SDK v2 loads the shared files for one profile: aws-sdk-go-v2 config/shared_config.go (loadSharedConfig,
// setFromIniSections, validateCredentialType) and config/env_config.go (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// AWS_PROFILE then AWS_DEFAULT_PROFILE). source_profile is followed while loading: a missing source profile, or one
// without credentials, fails LoadDefaultConfig itself. A profile seen a second time loses its role options, so a
// source_profile loop ends in "has no shared credentials", not in a loop error.
import { envNonEmpty } from "../../common/envValue.ts";
import { expandHome, getHome, joinPath, readInputFile } from "../../common/readInputFile.ts";
import { CONFIG_FILE_ENV, CREDENTIALS_FILE_ENV } from "../../constants.ts";
import { createRecord, getOwn } from "../../ini/createRecord.ts";
import { parseIniGoV2, type GoSections } from "../../ini/parseIniGoV2.ts";
import type { ChainInput } from "../../types.ts";

export interface GoProfile {
  name: string;
  values: Record<string, string>;
  /** Which file each key came from. */
  files: Record<string, string>;
  source?: GoProfile;
}

export interface GoSharedConfig {
  configPath: string;
  credentialsPath: string;
  profiles: Record<string, { values: Record<string, string>; files: Record<string, string> }>;
  services: GoSections;
  /** LoadDefaultConfig's error, when loading fails. */
  error?: string;
}

export function loadFilesGoV2(input: ChainInput): GoSharedConfig {
  const home = getHome(input);
  const configPath = expandHome(envNonEmpty(input, CONFIG_FILE_ENV) ?? joinPath(home, ".aws", "config"), home);
  const credentialsPath = expandHome(envNonEmpty(input, CREDENTIALS_FILE_ENV) ?? joinPath(home, ".aws", "credentials"), home);
  const result: GoSharedConfig = { configPath, credentialsPath, profiles: createRecord(), services: createRecord() };
  // The config file is read first; the credentials file's values win (shared_config.go mergeSections).
  for (const [path, isConfig] of [[configPath, true], [credentialsPath, false]] as const) {
    const text = readInputFile(input, path);
    if (text === undefined) continue;
    const parsed = parseIniGoV2(text);
    if (!parsed.ok) return { ...result, error: `failed to load shared config file, ${path}, ${parsed.problem}` };
    for (const section of Object.keys(parsed.sections)) {
      let name = section;
      if (isConfig) {
        if (section.startsWith("services ")) {
          result.services[section.slice(9)] = parsed.sections[section];
          continue;
        }
        if (section.startsWith("profile ")) name = section.slice(8);
        else if (section !== "default") continue;
      }
      const target = (result.profiles[name] ??= { values: createRecord(), files: createRecord() });
      for (const [key, value] of Object.entries(parsed.sections[section])) {
        if (typeof value !== "string") continue;
        target.values[key] = value;
        target.files[key] = path;
      }
    }
  }
  return result;
}

const ROLE_KEYS = ["role_arn", "source_profile", "mfa_serial", "external_id", "role_session_name", "duration_seconds"];
const CREDENTIAL_TYPES = ["source_profile", "credential_source", "credential_process", "web_identity_token_file"];

export const hasKeys = (values: Record<string, string>) => !!getOwn(values, "aws_access_key_id") && !!getOwn(values, "aws_secret_access_key");

/** setFromIniSections: the profile with its source chain, or LoadDefaultConfig's error. */
export function loadProfileGoV2(files: GoSharedConfig, name: string, seen: Set<string> = new Set()): GoProfile | { error: string; missing?: boolean } {
  const found = getOwn(files.profiles, name);
  if (found === undefined) return { error: `failed to get shared config profile, ${name}`, missing: true };
  const values: Record<string, string> = Object.assign(createRecord<string>(), found.values);
  if (seen.has(name)) for (const key of ROLE_KEYS) delete values[key]; // the self-linked instance keeps credentials only
  if (seen.size > 0 && hasKeys(values)) return { name, values, files: found.files };
  seen.add(name);
  const types = CREDENTIAL_TYPES.filter((key) => getOwn(values, key));
  if (types.length > 1) {
    return { error: "only one credential type may be specified per profile: source profile, credential source, credential process, web identity token" };
  }
  const profile: GoProfile = { name, values, files: found.files };
  const sourceName = getOwn(values, "source_profile");
  if (sourceName) {
    for (const key of ["credential_source", "credential_process", "web_identity_token_file"]) delete values[key];
    const roleArn = getOwn(values, "role_arn") ?? "";
    const source = loadProfileGoV2(files, sourceName, seen);
    if ("error" in source) {
      return source.missing ? { error: `failed to load assume role for ${roleArn}, source profile ${sourceName}, ${source.error}` } : source;
    }
    const v = source.values;
    const hasCredentials = hasKeys(v) || !!getOwn(v, "credential_source") || !!getOwn(v, "credential_process") || !!getOwn(v, "web_identity_token_file") || !!getOwn(v, "sso_account_id") || source.source !== undefined;
    if (!hasCredentials) return { error: `failed to load assume role for ${roleArn}, source profile ${sourceName} has no shared credentials` };
    profile.source = source;
  }
  return profile;
}
