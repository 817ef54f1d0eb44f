import type { ChainResult } from "../../credentialChain/index.ts";

/** The SDKs' names as the page and the guides show them. */
export const CHAIN_SDK_LABELS: Record<ChainResult["sdk"], string> = {
  botocore: "botocore (boto3, AWS CLI)",
  "js-v3": "JavaScript SDK v3",
  "go-v2": "Go SDK v2",
  "java-v2": "Java SDK 2.x",
};

export interface ChainSummary {
  /** Whether the SDK's model exists yet (the engine answers `NotModelled` until it does). */
  modelled: boolean;
  resolved: boolean;
  /** One line: the winning source and provider, or the SDK's exact error. */
  verdict: string;
  /** The key ID with everything past its type prefix masked, or a dash. */
  key: string;
  region: string;
}

/** One SDK's answer in the words a reader needs: what wins, with which (masked) key, in which region. */
export function describeChainResult(result: ChainResult): ChainSummary {
  const modelled = result.error?.name !== "NotModelled";
  const region = result.region ? `${result.region}${result.regionSource ? ` (${result.regionSource})` : ""}` : "none";
  if (!modelled) return { modelled, resolved: false, verdict: "This SDK's model has not landed yet.", key: "—", region: "—" };
  if (result.resolved && result.source) {
    const provider = result.credentials?.provider ? ` via ${result.credentials.provider}` : "";
    const key = result.maskedAccessKeyId ?? "issued by AWS at run time";
    return { modelled, resolved: true, verdict: `${result.source}${provider}`, key: result.hasSessionToken ? `${key} + session token` : key, region };
  }
  const error = result.error ? `${result.error.name}: ${result.error.message}` : "Nothing resolves.";
  return { modelled, resolved: false, verdict: error, key: "—", region };
}
