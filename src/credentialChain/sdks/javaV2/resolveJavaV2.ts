// Placeholder while the model is written: the API is final, the answer is not.
import { SDK_VERSIONS } from "../../constants.ts";
import type { ChainInput, ChainResult } from "../../types.ts";

export function resolveJavaV2(_input: ChainInput): ChainResult {
  return {
    sdk: "java-v2",
    sdkVersion: SDK_VERSIONS["java-v2"],
    resolved: false,
    profile: { name: "default", from: "default" },
    trace: [],
    warnings: [],
    error: { name: "NotModelled", message: "not modelled yet" },
  };
}
