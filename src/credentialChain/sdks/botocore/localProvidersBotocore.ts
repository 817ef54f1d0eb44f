// botocore 1.43.11 credentials.py: EnvProvider, SharedCredentialProvider, ConfigProvider, OriginalEC2Provider and
// BotoProvider. A key ID without its secret raises PartialCredentialsError, which ends the chain.
import { found, stop, type Attempt } from "../../common/attempt.ts";
import { envValue } from "../../common/envValue.ts";
import { readInputFile } from "../../common/readInputFile.ts";
import { ACCESS_KEY_ID_ENV, SECRET_ACCESS_KEY_ENV, SECURITY_TOKEN_ENV, SESSION_TOKEN_ENV } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import { parseIniBotocore } from "../../ini/parseIniBotocore.ts";
import type { ChainInput, SourceName } from "../../types.ts";
import { botocorePath, type BotocoreConfig } from "./loadConfigBotocore.ts";
import { has, str, type BotocoreProfile } from "./profileValues.ts";

const partial = (provider: string, variable: string) => stop(`Partial credentials found in ${provider}, missing: ${variable}`, "PartialCredentialsError");
const none = (message: string): Attempt => ({ ok: false, next: true, message });

export function envProviderBotocore(input: ChainInput): Attempt {
  const accessKeyId = envValue(input, ACCESS_KEY_ID_ENV) ?? "";
  if (!accessKeyId) return none("AWS_ACCESS_KEY_ID is not set");
  if (!envValue(input, SECRET_ACCESS_KEY_ENV)) return partial("env", SECRET_ACCESS_KEY_ENV);
  const tokenVar = [SECURITY_TOKEN_ENV, SESSION_TOKEN_ENV].find((name) => envValue(input, name));
  return found(
    {
      source: "env",
      provider: "EnvProvider",
      accessKeyId,
      hasSessionToken: tokenVar !== undefined,
      origin: { kind: "env", accessKeyIdVar: ACCESS_KEY_ID_ENV, secretVar: SECRET_ACCESS_KEY_ENV, sessionTokenVar: tokenVar },
    },
    `AWS_ACCESS_KEY_ID is set${tokenVar ? ` (with ${tokenVar})` : ""}`,
  );
}

function fromProfileKeys(profile: BotocoreProfile, method: SourceName, provider: string, path: string, section: string, name: string): Attempt {
  if (!has(profile, "aws_access_key_id")) return none(`profile ${name} in ${path} has no aws_access_key_id`);
  if (!has(profile, "aws_secret_access_key")) return partial(method, "aws_secret_access_key");
  const token = has(profile, "aws_security_token") ? str(profile, "aws_security_token") : str(profile, "aws_session_token");
  return found(
    {
      source: method,
      provider,
      accessKeyId: str(profile, "aws_access_key_id"),
      hasSessionToken: !!token,
      origin: { kind: "file", path, section, profile: name },
    },
    `profile ${name} in ${path} has aws_access_key_id`,
  );
}

export function sharedCredentialProviderBotocore(config: BotocoreConfig, name: string): Attempt {
  if (config.credentialsSections === undefined) return none(`${config.credentialsPath} does not exist`);
  const profile = getOwn(config.credentialsSections, name);
  if (profile === undefined) return none(`no [${name}] section in ${config.credentialsPath}`);
  return fromProfileKeys(profile, "shared-credentials-file", "SharedCredentialProvider", config.credentialsPath, name, name);
}

export function configProviderBotocore(config: BotocoreConfig, name: string): Attempt {
  const profile = getOwn(config.configProfiles, name);
  if (profile === undefined) return none(`no profile ${name} in ${config.configPath}`);
  return fromProfileKeys(profile, "config-file", "ConfigProvider", config.configPath, name === "default" ? "default" : `profile ${name}`, name);
}

/** OriginalEC2Provider: AWS_CREDENTIAL_FILE, `AWSAccessKeyId=` lines (a missing file raises ConfigNotFound). */
export function originalEc2ProviderBotocore(input: ChainInput): Attempt {
  const path = envValue(input, "AWS_CREDENTIAL_FILE");
  if (path === undefined) return none("AWS_CREDENTIAL_FILE is not set");
  const text = readInputFile(input, botocorePath(input, "AWS_CREDENTIAL_FILE", path));
  if (text === undefined) return stop(`The specified config file (${path}) could not be found.`, "ConfigNotFound");
  const values = new Map<string, string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const eq = line.indexOf("=");
    if (eq !== -1) values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const accessKeyId = values.get("AWSAccessKeyId");
  if (accessKeyId === undefined) return none(`${path} has no AWSAccessKeyId`);
  if (!values.has("AWSSecretKey")) return stop("'AWSSecretKey'", "KeyError");
  return found({ source: "ec2-credentials-file", provider: "OriginalEC2Provider", accessKeyId, hasSessionToken: false, origin: { kind: "file", path, section: "", profile: "" } });
}

/** BotoProvider: BOTO_CONFIG, else /etc/boto.cfg then ~/.boto, section [Credentials]. */
export function botoProviderBotocore(input: ChainInput): Attempt {
  const botoConfig = envValue(input, "BOTO_CONFIG");
  const paths = botoConfig !== undefined ? [botoConfig] : ["/etc/boto.cfg", "~/.boto"];
  for (const raw of paths) {
    const path = botocorePath(input, "\u0000", raw);
    const text = readInputFile(input, path);
    if (text === undefined) continue;
    const parsed = parseIniBotocore(text);
    if (!parsed.ok) return stop(`Unable to parse config file: ${path}`, "ConfigParseError");
    const section = getOwn(parsed.sections, "Credentials");
    if (section === undefined || !has(section, "aws_access_key_id")) continue;
    if (!has(section, "aws_secret_access_key")) return partial("boto-config", "aws_secret_access_key");
    return found({
      source: "boto-config",
      provider: "BotoProvider",
      accessKeyId: str(section, "aws_access_key_id"),
      hasSessionToken: false,
      origin: { kind: "file", path, section: "Credentials", profile: "" },
    }, `[Credentials] in ${path} (boto2 config)`);
  }
  return none("no boto2 config with [Credentials]");
}
