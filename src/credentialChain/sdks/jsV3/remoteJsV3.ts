// The JS SDK v3's remote providers: @aws-sdk/credential-provider-node 3.972.98 remoteProvider.ts,
// @aws-sdk/credential-provider-http 3.972.87 (fromHttp.ts, checkUrl.ts) and @smithy/credential-provider-imds 4.5.2
// (fromContainerMetadata.ts, fromInstanceMetadata.ts). Every failure here is a ProviderError with tryNextLink.
import { credentialsFromAnswer, describeFailure } from "../../common/answerOf.ts";
import { found, skip, type Attempt } from "../../common/attempt.ts";
import { envNonEmpty, envValue } from "../../common/envValue.ts";
import { CONTAINER_FULL_URI_ENV, CONTAINER_RELATIVE_URI_ENV, IMDS_DISABLED_ENV } from "../../constants.ts";
import type { ChainInput } from "../../types.ts";

/** checkUrl.ts: https, the ECS/EKS hosts, or loopback. */
export function isAllowedContainerUrlJsV3(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === "https:") return true;
  const host = parsed.hostname;
  if (["169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "[::1]", "localhost"].includes(host)) return true;
  const parts = host.split(".");
  const inRange = (part: string | undefined) => part !== undefined && Number.parseInt(part, 10) >= 0 && Number.parseInt(part, 10) <= 255;
  return parts.length === 4 && parts[0] === "127" && inRange(parts[1]) && inRange(parts[2]) && inRange(parts[3]);
}

export function fromContainerJsV3(input: ChainInput): Attempt {
  const relative = envNonEmpty(input, CONTAINER_RELATIVE_URI_ENV);
  const full = envNonEmpty(input, CONTAINER_FULL_URI_ENV);
  if (!relative && !full) {
    return skip("No HTTP credential provider host provided. Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.");
  }
  const url = relative ? `http://169.254.170.2${relative}` : full!;
  if (!isAllowedContainerUrlJsV3(url)) return skip(`URL not accepted (${url}): it must be HTTPS, loopback or the ECS/EKS container host`);
  const answer = input.surroundings?.container;
  if (answer?.kind !== "credentials") return skip(describeFailure(answer, `the container endpoint ${url}`));
  return found(credentialsFromAnswer(answer, "container-role", "fromHttp", { kind: "endpoint", endpoint: "container" }), `${url} returned credentials`);
}

export function fromInstanceMetadataJsV3(input: ChainInput): Attempt {
  const answer = input.surroundings?.imds;
  if (answer?.kind !== "credentials") return skip(describeFailure(answer, "the instance metadata service"));
  return found(
    credentialsFromAnswer(answer, "iam-role", "fromInstanceMetadata", { kind: "endpoint", endpoint: "imds" }),
    `instance metadata returned credentials for role ${answer.roleName ?? "(attached role)"}`,
  );
}

/** remoteProvider: the container endpoint when either URI variable is set, else IMDS unless AWS_EC2_METADATA_DISABLED. */
export function remoteProviderJsV3(input: ChainInput): Attempt {
  if (envNonEmpty(input, CONTAINER_RELATIVE_URI_ENV) || envNonEmpty(input, CONTAINER_FULL_URI_ENV)) return fromContainerJsV3(input);
  const disabled = envValue(input, IMDS_DISABLED_ENV);
  if (disabled && disabled !== "false") return skip("EC2 Instance Metadata Service access disabled");
  return fromInstanceMetadataJsV3(input);
}
