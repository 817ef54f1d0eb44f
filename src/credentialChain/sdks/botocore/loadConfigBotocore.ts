// How botocore finds, parses and merges the files: botocore 1.43.11 session.py (Session.full_config,
// get_scoped_config), configloader.py (load_config, build_profile_map, _parse_section) and configprovider.py
// (`config_file` AWS_CONFIG_FILE or ~/.aws/config, `credentials_file` AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials).
import { CONFIG_FILE_ENV, CREDENTIALS_FILE_ENV } from "../../constants.ts";
import { envValue } from "../../common/envValue.ts";
import { expandHome, getHome, readInputFile } from "../../common/readInputFile.ts";
import { createRecord, getOwn } from "../../ini/createRecord.ts";
import { parseIniBotocore } from "../../ini/parseIniBotocore.ts";
import { shlexSplit } from "../../ini/shlexSplit.ts";
import type { BotocoreSections } from "../../ini/types.ts";
import type { ChainInput } from "../../types.ts";

export interface BotocoreConfig {
  configPath: string;
  credentialsPath: string;
  /** full_config["profiles"]: config-file profiles with the credentials file's sections merged over them. */
  profiles: BotocoreSections;
  /** load_config(config_file)["profiles"] alone: what ConfigProvider reads. */
  configProfiles: BotocoreSections;
  /** raw_config_parse(credentials_file): what SharedCredentialProvider reads (undefined: no such file). */
  credentialsSections?: BotocoreSections;
  ssoSessions: BotocoreSections;
  services: BotocoreSections;
  /** ConfigParseError, when a file exists and does not parse: botocore raises it before any provider runs. */
  parseError?: { path: string; problem: string };
}

/** Where botocore looks for a file named by `envName`, else `fallback`: $VARS are not expanded by the model. */
export function botocorePath(input: ChainInput, envName: string, fallback: string): string {
  return expandHome(envValue(input, envName) ?? fallback, getHome(input));
}

function parseSectionName(key: string): string | undefined {
  const parts = shlexSplit(key);
  return parts !== undefined && parts.length === 2 ? parts[1] : undefined;
}

export function loadConfigBotocore(input: ChainInput): BotocoreConfig {
  const configPath = botocorePath(input, CONFIG_FILE_ENV, "~/.aws/config");
  const credentialsPath = botocorePath(input, CREDENTIALS_FILE_ENV, "~/.aws/credentials");
  const result: BotocoreConfig = {
    configPath,
    credentialsPath,
    profiles: createRecord(),
    configProfiles: createRecord(),
    ssoSessions: createRecord(),
    services: createRecord(),
  };
  const configText = readInputFile(input, configPath);
  if (configText !== undefined) {
    const parsed = parseIniBotocore(configText);
    if (!parsed.ok) return { ...result, parseError: { path: configPath, problem: parsed.problem } };
    for (const key of Object.keys(parsed.sections)) {
      const values = parsed.sections[key];
      const target = key.startsWith("profile") ? result.configProfiles : key.startsWith("sso-session") ? result.ssoSessions : key.startsWith("services") ? result.services : undefined;
      if (target !== undefined) {
        const name = parseSectionName(key);
        if (name !== undefined) target[name] = values;
      } else if (key === "default") {
        result.configProfiles.default = values;
      }
    }
  }
  for (const name of Object.keys(result.configProfiles)) result.profiles[name] = Object.assign(createRecord(), result.configProfiles[name]);
  const credentialsText = readInputFile(input, credentialsPath);
  if (credentialsText !== undefined) {
    const parsed = parseIniBotocore(credentialsText);
    if (!parsed.ok) return { ...result, parseError: { path: credentialsPath, problem: parsed.problem } };
    result.credentialsSections = parsed.sections;
    for (const name of Object.keys(parsed.sections)) {
      result.profiles[name] = Object.assign(getOwn(result.profiles, name) ?? createRecord(), parsed.sections[name]);
    }
  }
  return result;
}
