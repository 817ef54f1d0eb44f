// The credential chain's one import point (site page, CLI, tests). Pure: inputs in, a ChainResult out.
//
//   resolveCredentials("js-v3", { env, home, files, surroundings, now })  → ChainResult
//   resolveAllSdks(input)                                                  → ChainResult[] (botocore, js-v3, go-v2, java-v2)
//
// `files` maps absolute paths to texts (config, credentials, token files); `surroundings` says what answers on the
// network (container endpoint, IMDS, STS, SSO cache, credential_process commands). No secret is ever needed:
// pass key IDs and whether each secret is present.
export type * from "./types.ts";
export { SDK_IDS, SDK_VERSIONS, DEFAULT_HOME, DEFAULT_SERVICE } from "./constants.ts";
export { resolveCredentials, resolveAllSdks } from "./resolveCredentials.ts";
export { maskAccessKeyId } from "./common/maskAccessKeyId.ts";
export { NO_CREDENTIALS_MESSAGES } from "./noCredentialsMessages.ts";
export { SOURCE_NAMES_BY_SDK } from "./sourceNames.ts";
export { parseIniBotocore } from "./ini/parseIniBotocore.ts";
export { parseIniJsV3 } from "./ini/parseIniJsV3.ts";
