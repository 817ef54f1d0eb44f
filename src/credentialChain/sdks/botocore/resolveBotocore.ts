// botocore 1.43.11 (boto3, AWS CLI): credentials.create_credential_resolver. Before any provider runs, the session
// parses both files (ConfigParseError) and checks that a named profile exists (ProfileNotFound). Order: env,
// assume-role, web identity, SSO, credentials file, login, credential_process, config file, AWS_CREDENTIAL_FILE,
// boto2 config, container, IMDS. An explicit profile (--profile, Session(profile=)) removes the env provider;
// AWS_PROFILE does not.
import { stop } from "../../common/attempt.ts";
import { buildResult, walkProviders } from "../../common/buildResult.ts";
import { collectProfileVersusEnvWarning } from "../../common/collectWarnings.ts";
import { envValue } from "../../common/envValue.ts";
import { resolveEndpoint } from "../../common/resolveEndpoint.ts";
import { collectProfileWarnings } from "../../common/collectProfileWarnings.ts";
import { DEFAULT_PROFILE_ENV, DEFAULT_REGION_ENV, DEFAULT_SERVICE, PROFILE_ENV } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput, ChainResult, ChainWarning } from "../../types.ts";
import { assumeRoleProviderBotocore } from "./assumeRoleProviderBotocore.ts";
import { loadConfigBotocore } from "./loadConfigBotocore.ts";
import { botoProviderBotocore, envProviderBotocore, originalEc2ProviderBotocore } from "./localProvidersBotocore.ts";
import { profileProvidersBotocore } from "./profileProvidersBotocore.ts";
import { str } from "./profileValues.ts";
import { validateRegionNameBotocore } from "./validateRegionNameBotocore.ts";
import { containerProviderBotocore, instanceMetadataProviderBotocore } from "./remoteProvidersBotocore.ts";

export function resolveBotocore(input: ChainInput): ChainResult {
  const config = loadConfigBotocore(input);
  // configprovider 'profile': the session's own profile, then AWS_DEFAULT_PROFILE, then AWS_PROFILE.
  const named =
    input.explicitProfile !== undefined
      ? { value: input.explicitProfile, from: "explicit (--profile / Session(profile=))" }
      : envValue(input, DEFAULT_PROFILE_ENV) !== undefined
        ? { value: envValue(input, DEFAULT_PROFILE_ENV)!, from: `env ${DEFAULT_PROFILE_ENV}` }
        : envValue(input, PROFILE_ENV) !== undefined
          ? { value: envValue(input, PROFILE_ENV)!, from: `env ${PROFILE_ENV}` }
          : undefined;
  const profileName = named?.value || "default";
  const profile = { name: profileName, from: named?.from ?? "default" };
  const disableEnvVars = input.explicitProfile !== undefined;
  const warnings: ChainWarning[] = [];
  const noCredentials = { name: "NoCredentialsError", message: "Unable to locate credentials" };

  // configprovider 'region': region_name, AWS_DEFAULT_REGION (botocore never reads AWS_REGION), the profile's region.
  const scoped = getOwn(config.profiles, profileName);
  const envRegion = envValue(input, DEFAULT_REGION_ENV);
  const profileRegion = str(scoped, "region");
  const region = input.explicitRegion
    ? { region: input.explicitRegion, regionSource: "explicit (region_name / --region)" }
    : envRegion !== undefined
      ? { region: envRegion, regionSource: `env ${DEFAULT_REGION_ENV}` }
      : config.parseError || (named !== undefined && scoped === undefined)
        ? { regionSource: "none: the session fails before it reads the profile's region" }
        : profileRegion !== undefined
          ? { region: profileRegion, regionSource: `profile ${profileName} region` }
          : { regionSource: "none: clients raise NoRegionError (You must specify a region.)" };

  let early: ReturnType<typeof stop> | undefined;
  if (config.parseError) {
    early = stop(`Unable to parse config file: ${config.parseError.path}`, "ConfigParseError");
    warnings.push({ code: "file-parse-error", message: `${config.parseError.path}: ${config.parseError.problem}` });
  } else if (named !== undefined && getOwn(config.profiles, named.value) === undefined) {
    early = stop(`The config profile (${named.value}) could not be found`, "ProfileNotFound");
    warnings.push({ code: "profile-not-found", message: `${profile.from} names the profile "${named.value}", which neither ${config.configPath} nor ${config.credentialsPath} defines.` });
  }
  if (early) return buildResult({ sdk: "botocore", profile, trace: [{ provider: "Session", outcome: "failed", reason: early.ok ? "" : early.message }], last: early, noCredentials, ...region, warnings });

  const steps = input.explicitCredentials
    ? [{
        provider: "client arguments",
        run: () => ({
          ok: true as const,
          credentials: { source: "explicit" as const, provider: "client arguments", accessKeyId: input.explicitCredentials!.accessKeyId, hasSessionToken: input.explicitCredentials!.hasSessionToken, origin: { kind: "explicit" as const } },
          reason: "aws_access_key_id given to the client wins before any chain",
        }),
      }]
    : [
        ...(disableEnvVars ? [] : [{ provider: "EnvProvider", run: () => envProviderBotocore(input) }]),
        { provider: "AssumeRoleProvider", run: () => assumeRoleProviderBotocore(input, config, profileName) },
        ...profileProvidersBotocore(input, config, profileName, disableEnvVars),
        { provider: "OriginalEC2Provider", run: () => originalEc2ProviderBotocore(input) },
        { provider: "BotoProvider", run: () => botoProviderBotocore(input) },
        { provider: "ContainerProvider", run: () => containerProviderBotocore(input) },
        { provider: "InstanceMetadataProvider", run: () => instanceMetadataProviderBotocore(input) },
      ];
  const { trace, last } = walkProviders(steps);
  if (named !== undefined && !input.explicitCredentials) {
    warnings.push(...collectProfileVersusEnvWarning(input, disableEnvVars ? "--profile" : named.from.replace(/^env /, ""), !disableEnvVars, "botocore"));
  }
  const badRegion = region.region !== undefined ? validateRegionNameBotocore(region.region) : undefined;
  if (badRegion !== undefined) warnings.push({ code: "invalid-region", message: `${region.regionSource}: InvalidRegionError: ${badRegion} Every client fails to build.` });
  const endpoint = resolveEndpoint(input, input.service ?? DEFAULT_SERVICE, {
    profileValue: (key) => str(scoped, key),
    servicesValue: (section, service) => {
      const block = getOwn(getOwn(config.services, section), service);
      return typeof block === "object" ? getOwn(block, "endpoint_url") : undefined;
    },
    configPath: config.configPath,
    profileName,
  });
  const profileWarnings = collectProfileWarnings(input, profileName, (name) => getOwn(config.profiles, name));
  return buildResult({ sdk: "botocore", profile, trace, last, noCredentials, ...region, endpoint: endpoint.endpoint, warnings: [...warnings, ...profileWarnings, ...endpoint.warnings] });
}
