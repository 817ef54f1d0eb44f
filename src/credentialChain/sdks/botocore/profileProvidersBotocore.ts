// botocore 1.43.11 credentials.py ProfileProviderBuilder.providers: the providers that read one profile, in order.
// The default chain uses them for the active profile; AssumeRoleProvider reuses them (env vars off) for a source_profile.
import type { Attempt } from "../../common/attempt.ts";
import type { ChainInput } from "../../types.ts";
import { configProviderBotocore, sharedCredentialProviderBotocore } from "./localProvidersBotocore.ts";
import type { BotocoreConfig } from "./loadConfigBotocore.ts";
import { processProviderBotocore } from "./processProviderBotocore.ts";
import { ssoProviderBotocore } from "./ssoProviderBotocore.ts";
import { webIdentityProviderBotocore } from "./webIdentityProviderBotocore.ts";
import { getOwn } from "../../ini/createRecord.ts";
import { has } from "./profileValues.ts";
import { none } from "../../common/attempt.ts";

export function profileProvidersBotocore(input: ChainInput, config: BotocoreConfig, name: string, disableEnvVars: boolean) {
  return [
    { provider: "AssumeRoleWithWebIdentityProvider", run: () => webIdentityProviderBotocore(input, config, name, disableEnvVars) },
    { provider: "SSOProvider", run: () => ssoProviderBotocore(input, config, name) },
    { provider: "SharedCredentialProvider", run: () => sharedCredentialProviderBotocore(config, name) },
    {
      provider: "LoginProvider",
      run: (): Attempt => has(getOwn(config.profiles, name), "login_session")
        ? { ok: false, next: false, message: "login_session needs botocore[crt] (aws login); the model stops here", errorName: "MissingDependencyException" }
        : none(`profile ${name} has no login_session`),
    },
    { provider: "ProcessProvider", run: () => processProviderBotocore(input, config, name) },
    { provider: "ConfigProvider", run: () => configProviderBotocore(config, name) },
  ];
}
