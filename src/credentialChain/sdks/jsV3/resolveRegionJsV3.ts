// The JS SDK v3's region: @smithy/core 3.41 config-resolver/regionConfig/config.ts (NODE_REGION_CONFIG_OPTIONS with
// preferredFile "credentials"): AWS_REGION, the profile's `region` (credentials file over config file), then the
// region IMDS reports (getInstanceMetadataRegion, skipped when AWS_EC2_METADATA_DISABLED is set), else "Region is missing".
import { envNonEmpty, envValue } from "../../common/envValue.ts";
import { IMDS_DISABLED_ENV, REGION_ENV } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput } from "../../types.ts";
import type { JsV3Files } from "./loadProfilesJsV3.ts";

export function resolveRegionJsV3(input: ChainInput, files: JsV3Files, profile: string): { region?: string; regionSource: string } {
  if (input.explicitRegion) return { region: input.explicitRegion, regionSource: "explicit (client config region)" };
  const fromEnv = envNonEmpty(input, REGION_ENV);
  if (fromEnv) return { region: fromEnv, regionSource: `env ${REGION_ENV}` };
  const inCredentials = getOwn(getOwn(files.credentialsSections, profile), "region");
  if (inCredentials) return { region: inCredentials, regionSource: `profile ${profile} in ${files.credentialsPath}` };
  const inConfig = getOwn(getOwn(files.profiles, profile), "region");
  if (inConfig) return { region: inConfig, regionSource: `profile ${profile} in ${files.configPath}` };
  if (!envValue(input, IMDS_DISABLED_ENV) && input.surroundings?.imdsRegion) {
    return { region: input.surroundings.imdsRegion, regionSource: "instance metadata (placement/region)" };
  }
  return { regionSource: "none: the client throws \"Region is missing\"" };
}
