// botocore 1.43.11 credentials.py ContainerProvider (utils.ContainerMetadataFetcher) and InstanceMetadataProvider
// (utils.InstanceMetadataFetcher). The container provider runs when either URI variable is present, even empty,
// and raises on failure; IMDS failures (unreachable, 404, AWS_EC2_METADATA_DISABLED=true) quietly return nothing.
import { credentialsFromAnswer, describeFailure } from "../../common/answerOf.ts";
import { found, none, stop, type Attempt } from "../../common/attempt.ts";
import { envValue } from "../../common/envValue.ts";
import { CONTAINER_FULL_URI_ENV, CONTAINER_RELATIVE_URI_ENV, IMDS_DISABLED_ENV } from "../../constants.ts";
import type { ChainInput } from "../../types.ts";

const ALLOWED_HOSTS = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"];

function hostOf(url: string): string | undefined {
  const match = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(url);
  return match ? match[1].replace(/^\[|\]$/g, "").toLowerCase() : undefined;
}

/** ipaddress.ip_address(host).is_loopback: 127.0.0.0/8 or ::1, written as a literal address. */
function isLoopback(host: string): boolean {
  if (/^127(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(host)) return true;
  return host === "::1" || /^(0{1,4}:){7}0{0,3}1$/.test(host);
}

export function containerProviderBotocore(input: ChainInput): Attempt {
  const relative = envValue(input, CONTAINER_RELATIVE_URI_ENV);
  const full = envValue(input, CONTAINER_FULL_URI_ENV);
  if (relative === undefined && full === undefined) return none("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are not set");
  const url = relative !== undefined ? `http://169.254.170.2${relative}` : full!;
  if (relative === undefined && !url.toLowerCase().startsWith("https:")) {
    const host = hostOf(url);
    if (host === undefined || (!isLoopback(host) && !ALLOWED_HOSTS.includes(host))) {
      return stop(`Unsupported host '${host ?? "None"}'.  Can only retrieve metadata from a loopback address or one of these hosts: ${ALLOWED_HOSTS.join(", ")}`, "ValueError");
    }
  }
  const answer = input.surroundings?.container;
  if (answer?.kind !== "credentials") {
    return stop(`Error when retrieving credentials from container-role: Error retrieving metadata: ${describeFailure(answer, url)}`, "CredentialRetrievalError", true);
  }
  return found(credentialsFromAnswer(answer, "container-role", "ContainerProvider", { kind: "endpoint", endpoint: "container" }), `${url} returned credentials`);
}

export function instanceMetadataProviderBotocore(input: ChainInput): Attempt {
  if ((envValue(input, IMDS_DISABLED_ENV) ?? "false").toLowerCase() === "true") return none("AWS_EC2_METADATA_DISABLED is true");
  const answer = input.surroundings?.imds;
  if (answer?.kind !== "credentials") return none(describeFailure(answer, "the instance metadata service"));
  return found(
    credentialsFromAnswer(answer, "iam-role", "InstanceMetadataProvider", { kind: "endpoint", endpoint: "imds" }),
    `instance metadata returned credentials for role ${answer.roleName ?? "(attached role)"}`,
  );
}
