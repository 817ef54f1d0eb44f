// botocore 1.43.11 credentials.py AssumeRoleWithWebIdentityProvider: AWS_WEB_IDENTITY_TOKEN_FILE / AWS_ROLE_ARN (unless
// a profile was given explicitly, `disable_env_vars`), else the profile's web_identity_token_file / role_arn.
// The provider is chosen without reading the token: the file is read, and STS called, on first use.
import { found, none, stop, type Attempt } from "../../common/attempt.ts";
import { envValue } from "../../common/envValue.ts";
import { readInputFile } from "../../common/readInputFile.ts";
import { ROLE_ARN_ENV, WEB_IDENTITY_TOKEN_FILE_ENV } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput } from "../../types.ts";
import type { BotocoreConfig } from "./loadConfigBotocore.ts";
import { str } from "./profileValues.ts";
import { stsRoleFields } from "../../common/stsRoleFields.ts";

export function webIdentityProviderBotocore(input: ChainInput, config: BotocoreConfig, name: string, disableEnvVars: boolean): Attempt {
  const profile = getOwn(config.profiles, name);
  const read = (envName: string, key: string) => {
    const fromEnv = disableEnvVars ? undefined : envValue(input, envName);
    return fromEnv !== undefined ? { value: fromEnv, from: `env ${envName}` } : { value: str(profile, key), from: `profile ${name} ${key}` };
  };
  const tokenFile = read(WEB_IDENTITY_TOKEN_FILE_ENV, "web_identity_token_file");
  if (!tokenFile.value) return none("no web identity token file configured");
  const roleArn = read(ROLE_ARN_ENV, "role_arn");
  if (!roleArn.value) {
    return stop(
      "The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.",
      "InvalidConfigError",
    );
  }
  const tokenMissing = readInputFile(input, tokenFile.value) === undefined;
  return found(
    {
      source: "assume-role-with-web-identity",
      provider: "AssumeRoleWithWebIdentityProvider",
      ...stsRoleFields(input, roleArn.value),
      assumeRole: { roleArn: roleArn.value, profile: roleArn.from.startsWith("env") ? undefined : name, tokenFile: tokenFile.value },
      deferred: true,
      fetchError: tokenMissing ? { name: "FileNotFoundError", message: `[Errno 2] No such file or directory: '${tokenFile.value}'` } : undefined,
    },
    `${tokenFile.from} and ${roleArn.from} are set (the token is read on first use)`,
  );
}
