// Which credentials, region and endpoint an SDK picks, from inputs alone. Dispatches to one model per SDK.
import type { ChainInput, ChainResult, SdkId } from "./types.ts";
import { SDK_IDS } from "./constants.ts";
import { resolveBotocore } from "./sdks/botocore/resolveBotocore.ts";
import { resolveJsV3 } from "./sdks/jsV3/resolveJsV3.ts";
import { resolveGoV2 } from "./sdks/goV2/resolveGoV2.ts";
import { resolveJavaV2 } from "./sdks/javaV2/resolveJavaV2.ts";

const RESOLVERS: Record<SdkId, (input: ChainInput) => ChainResult> = {
  botocore: resolveBotocore,
  "js-v3": resolveJsV3,
  "go-v2": resolveGoV2,
  "java-v2": resolveJavaV2,
};

/** One SDK's answer. Never throws on any input: a broken file or a loop comes back in `error` and `warnings`. */
export function resolveCredentials(sdk: SdkId, input: ChainInput): ChainResult {
  return RESOLVERS[sdk](input);
}

/** All four SDKs side by side, in SDK_IDS order. */
export function resolveAllSdks(input: ChainInput): ChainResult[] {
  return SDK_IDS.map((sdk) => RESOLVERS[sdk](input));
}
