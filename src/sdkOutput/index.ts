/**
 * What each SDK prints for a failure the lab answered: a pure engine (no DOM, clock or network).
 *
 *   const outputs = getSdkOutputs(toSdkFailure(answer, { service: "sts", clientSkewSeconds: -1200 }));
 *   outputs[0].text  // "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: …"
 *
 * One SdkOutput per client, in order: botocore, AWS CLI v1, AWS CLI v2, JS v3, Java v2, Go v2, .NET; each with the
 * exact text, where it goes (stderr and exit code for a CLI), the error's fields, the sources of the format, and
 * `behaviour`: whether that client corrects its clock from the response and retries by itself
 * (behaviour.correctedSkewSeconds is the skew it signs with next, for the timeline).
 */
export { getSdkOutputs } from "./getSdkOutputs.ts";
export { toSdkFailure } from "./toSdkFailure.ts";
export { parseErrorResponse } from "./parseErrorResponse.ts";
export type { ParsedError, SdkBehaviour, SdkFailure, SdkId, SdkOutput, SdkSource } from "./types.ts";
