// How the JS SDK v3 finds and merges the two files: @smithy/core 3.41 shared-ini-file-loader
// (getConfigFilepath.ts, getCredentialsFilepath.ts, loadSharedConfigFiles.ts, getConfigData.ts, mergeConfigFiles.ts).
// A file that is missing or fails to parse is silently treated as empty (`.catch(swallowError)`).
import { CONFIG_FILE_ENV, CREDENTIALS_FILE_ENV } from "../../constants.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { expandHome, getHome, joinPath, readInputFile } from "../../common/readInputFile.ts";
import { createRecord, getOwn } from "../../ini/createRecord.ts";
import { parseIniJsV3 } from "../../ini/parseIniJsV3.ts";
import type { IniSections } from "../../ini/types.ts";
import type { ChainInput } from "../../types.ts";

export interface JsV3Files {
  configPath: string;
  credentialsPath: string;
  /** Profiles by name: config-file profiles (`[profile x]`, `[default]`), then credentials-file sections over them. */
  profiles: IniSections;
  /** `[sso-session x]` sections of the config file, by name. */
  ssoSessions: IniSections;
  /** `[services x]` sections of the config file, by name. */
  services: IniSections;
  /** The credentials file's own sections, to tell which file a key came from. */
  credentialsSections: IniSections;
  problems: string[];
}

export function loadProfilesJsV3(input: ChainInput): JsV3Files {
  const home = getHome(input);
  const configPath = expandHome(envNonEmpty(input, CONFIG_FILE_ENV) ?? joinPath(home, ".aws", "config"), home);
  const credentialsPath = expandHome(envNonEmpty(input, CREDENTIALS_FILE_ENV) ?? joinPath(home, ".aws", "credentials"), home);
  const problems: string[] = [];
  const parse = (path: string): IniSections => {
    const text = readInputFile(input, path);
    if (text === undefined) return createRecord();
    const parsed = parseIniJsV3(text);
    if (parsed.error) problems.push(`${path}: ${parsed.error} (the JS SDK then reads the file as empty)`);
    return parsed.sections;
  };
  const config = parse(configPath);
  const credentials = parse(credentialsPath);
  const profiles: IniSections = createRecord();
  const ssoSessions: IniSections = createRecord();
  const services: IniSections = createRecord();
  // getConfigData: `[default]` first, then every `prefix.name` key whose prefix is a known section type.
  const defaults = getOwn(config, "default");
  if (defaults) profiles.default = defaults;
  for (const key of Object.keys(config)) {
    const dot = key.indexOf(".");
    if (dot === -1) continue;
    const prefix = key.slice(0, dot);
    if (prefix === "profile") profiles[key.slice(dot + 1)] = config[key];
    else if (prefix === "sso-session" || prefix === "services") {
      profiles[key] = config[key]; // getConfigData keeps these under their full key, beside the profiles
      (prefix === "services" ? services : ssoSessions)[key.slice(dot + 1)] = config[key];
    }
  }
  // mergeConfigFiles(config, credentials): the credentials file's keys win, section by section.
  const merged: IniSections = createRecord();
  for (const file of [profiles, credentials]) {
    for (const name of Object.keys(file)) {
      // mergeConfigFiles tests `merged[name] !== undefined` on a plain object: `constructor` & co. are lost.
      if (name in Object.prototype) continue;
      merged[name] = Object.assign(getOwn(merged, name) ?? createRecord<string>(), file[name]);
    }
  }
  return { configPath, credentialsPath, profiles: merged, ssoSessions, services, credentialsSections: credentials, problems };
}
