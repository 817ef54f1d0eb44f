// The JS SDK v3 on Node: defaultProvider in @aws-sdk/credential-provider-node 3.972.98 (defaultProvider.ts),
// which fromNodeProviderChain (@aws-sdk/credential-providers 3.1175) wraps. Order: fromEnv (skipped whenever a
// profile is named), fromSSO (only with SSO fields in code), fromIni, fromProcess, fromTokenFile, remoteProvider.
import { buildResult, walkProviders } from "../../common/buildResult.ts";
import { collectProfileVersusEnvWarning } from "../../common/collectWarnings.ts";
import { skip } from "../../common/attempt.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { resolveEndpoint } from "../../common/resolveEndpoint.ts";
import { collectProfileWarnings } from "../../common/collectProfileWarnings.ts";
import { ACCESS_KEY_ID_ENV, DEFAULT_SERVICE, PROFILE_ENV, SECRET_ACCESS_KEY_ENV } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput, ChainResult, ChainWarning } from "../../types.ts";
import { loadProfilesJsV3 } from "./loadProfilesJsV3.ts";
import { fromEnvJsV3, fromEnvTokenFileJsV3, fromProcessJsV3 } from "./providersJsV3.ts";
import { remoteProviderJsV3 } from "./remoteJsV3.ts";
import { resolveProfileJsV3, type JsV3Context } from "./resolveProfileJsV3.ts";
import { resolveRegionJsV3 } from "./resolveRegionJsV3.ts";

/** The text defaultProvider prints (console.warn) when a profile and environment keys are both set. */
export const JS_V3_MULTIPLE_SOURCES_WARNING = `@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`;

export function resolveJsV3(input: ChainInput): ChainResult {
  const files = loadProfilesJsV3(input);
  const envProfile = envNonEmpty(input, PROFILE_ENV);
  const profileName = input.explicitProfile || envProfile || "default";
  const profileFrom = input.explicitProfile ? "explicit (fromNodeProviderChain({ profile }))" : envProfile ? `env ${PROFILE_ENV}` : "default";
  const ctx: JsV3Context = { input, files, profileName };
  const warnings: ChainWarning[] = files.problems.map((message) => ({ code: "file-parse-error" as const, message }));
  const profileNamed = input.explicitProfile ?? envProfile;

  const steps = input.explicitCredentials
    ? [{
        provider: "credentials (client config)",
        run: () => ({
          ok: true as const,
          credentials: { source: "explicit" as const, provider: "client config", accessKeyId: input.explicitCredentials!.accessKeyId, hasSessionToken: input.explicitCredentials!.hasSessionToken, origin: { kind: "explicit" as const } },
          reason: "credentials given in code win before any chain",
        }),
      }]
    : [
        {
          provider: "fromEnv",
          run: () => {
            if (profileNamed) {
              if (envNonEmpty(input, ACCESS_KEY_ID_ENV) && envNonEmpty(input, SECRET_ACCESS_KEY_ENV)) {
                warnings.push({ code: "env-keys-ignored-for-profile", message: JS_V3_MULTIPLE_SOURCES_WARNING.trimEnd() });
              }
              return skip("AWS_PROFILE is set, skipping fromEnv provider.");
            }
            return fromEnvJsV3(input);
          },
        },
        { provider: "fromSSO", run: () => skip("Skipping SSO provider in default chain (inputs do not include SSO fields).") },
        { provider: "fromIni", run: () => resolveProfileJsV3(ctx, profileName) },
        { provider: "fromProcess", run: () => fromProcessJsV3(ctx, profileName) },
        { provider: "fromTokenFile", run: () => fromEnvTokenFileJsV3(input) },
        { provider: "remoteProvider", run: () => remoteProviderJsV3(input) },
      ];
  const { trace, last } = walkProviders(steps);
  if (profileNamed && !input.explicitCredentials) {
    warnings.push(...collectProfileVersusEnvWarning(input, input.explicitProfile ? "--profile" : PROFILE_ENV, false, "the JS SDK v3").filter(() => !warnings.some((w) => w.code === "env-keys-ignored-for-profile")));
  }
  const region = resolveRegionJsV3(input, files, profileName);
  const endpoint = resolveEndpoint(input, input.service ?? DEFAULT_SERVICE, {
    profileValue: (key) => getOwn(getOwn(files.profiles, profileName), key),
    servicesValue: (section, service) => getOwn(getOwn(files.services, section), `${service}.endpoint_url`),
    configPath: files.configPath,
    profileName,
  });
  return buildResult({
    sdk: "js-v3",
    profile: { name: profileName, from: profileFrom },
    trace,
    last,
    noCredentials: { name: "CredentialsProviderError", message: "Could not load credentials from any providers" },
    ...region,
    endpoint: endpoint.endpoint,
    warnings: [...warnings, ...collectProfileWarnings(input, profileName, (name) => getOwn(files.profiles, name)), ...endpoint.warnings],
  });
}
