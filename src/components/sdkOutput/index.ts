/**
 * <sf-sdk-output>: beside the raw AWS response, the same failure as botocore, the AWS CLI v1/v2, JS v3, Java v2,
 * Go v2 and .NET print it, one tab per client (WAI-ARIA tabs: arrows, Home, End), with what each does on its own.
 *
 *   defineSdkOutput();
 *   const view = document.createElement("sf-sdk-output");
 *   view.failure = toSdkFailure(answer, { service, clientSkewSeconds });   // null (or a 2xx) shows "accepted"
 *
 * Attribute `label` names the tab list for screen readers (default "What each SDK prints"). `selected` gets or sets
 * the open client; it survives new failures. The engine is src/sdkOutput/ (re-exported here for the host).
 */
export { defineSdkOutput, SfSdkOutput } from "./defineSdkOutput.ts";
export { toSdkFailure, getSdkOutputs } from "../../sdkOutput/index.ts";
export type { SdkFailure, SdkOutput, SdkId } from "../../sdkOutput/index.ts";
