// The configured-endpoint rules every SDK shares (AWS SDKs and Tools Reference Guide, "Service-specific endpoints",
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html), as botocore 1.43.11 implements them in
// configprovider.ConfiguredEndpointProvider: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's
// `services` section, the profile's `endpoint_url`; `ignore_configured_endpoint_urls` (env or profile) turns all off.
import { ENDPOINT_URL_ENV, IGNORE_CONFIGURED_ENDPOINT_URLS_ENV } from "../constants.ts";
import { envNonEmpty } from "./envValue.ts";
import type { ChainInput, ChainWarning } from "../types.ts";

export interface EndpointLookup {
  /** A key of the active profile. */
  profileValue: (key: string) => string | undefined;
  /** `endpoint_url` for `service` in the `[services name]` section. */
  servicesValue: (sectionName: string, service: string) => string | undefined;
  configPath: string;
  profileName: string;
}

export interface EndpointResolution {
  endpoint?: { url: string; from: string };
  warnings: ChainWarning[];
}

const isTrue = (value: string | undefined) => value !== undefined && value.toLowerCase() === "true";

export function resolveEndpoint(input: ChainInput, service: string, lookup: EndpointLookup): EndpointResolution {
  const warnings: ChainWarning[] = [];
  const envName = `${ENDPOINT_URL_ENV}_${service.toUpperCase().replace(/[ -]/g, "_")}`;
  const configured = [
    { url: envNonEmpty(input, envName), from: `env ${envName}`, oneService: true },
    { url: envNonEmpty(input, ENDPOINT_URL_ENV), from: `env ${ENDPOINT_URL_ENV}`, oneService: false },
  ];
  const servicesSection = lookup.profileValue("services");
  if (servicesSection !== undefined) {
    configured.push({
      url: lookup.servicesValue(servicesSection, service.toLowerCase().replace(/[ -]/g, "_")),
      from: `[services ${servicesSection}] ${service} endpoint_url in ${lookup.configPath}`,
      oneService: true,
    });
  }
  configured.push({ url: lookup.profileValue("endpoint_url"), from: `profile ${lookup.profileName} endpoint_url`, oneService: false });
  // The environment variable, when set, decides alone; the profile key is read only without it.
  const ignored = isTrue(envNonEmpty(input, IGNORE_CONFIGURED_ENDPOINT_URLS_ENV) ?? lookup.profileValue("ignore_configured_endpoint_urls"));
  const chosen = configured.find((candidate) => candidate.url);
  // Other services' variables: each one redirects only its own client.
  const others = Object.keys(input.env).filter((name) => name.startsWith(`${ENDPOINT_URL_ENV}_`) && name !== envName && envNonEmpty(input, name));
  if (chosen === undefined) {
    if (others.length > 0) {
      warnings.push({
        code: "endpoint-override-one-service",
        message: `${others.map((name) => `env ${name}`).join(", ")} redirects only that service's client: this ${service} client still calls AWS.`,
      });
    }
    return { warnings };
  }
  if (ignored) {
    warnings.push({
      code: "configured-endpoints-ignored",
      message: `${chosen.from} is set, but ignore_configured_endpoint_urls is true: the client uses AWS's own endpoint.`,
    });
    return { warnings };
  }
  if (chosen.oneService || others.length > 0) {
    const names = chosen.oneService ? [chosen.from] : others.map((name) => `env ${name}`);
    warnings.push({
      code: "endpoint-override-one-service",
      message: `${names.join(", ")} redirects one service's client only: every other client (STS in assume-role and web identity, SSO) still calls AWS.`,
    });
  }
  if (!chosen.oneService) {
    warnings.push({
      code: "endpoint-override-all-services",
      message: `${chosen.from} sends every client to ${chosen.url}, including the STS calls the credential chain makes.`,
    });
  }
  return { endpoint: { url: chosen.url!, from: chosen.from }, warnings };
}
