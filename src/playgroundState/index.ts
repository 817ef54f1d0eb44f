// The playground's state and share links: pure TypeScript, imported by the island and /play/ only through here.
export type * from "./types.ts";
export type { ShareContext, ShareLink } from "./createShareLink.ts";
export type { GuideEntryLike } from "./listPresets.ts";
export { TOKEN_STATES } from "./types.ts";
export { applyTokenState, garbleToken } from "./applyTokenState.ts";
export { createShareLink } from "./createShareLink.ts";
export { filterRequestText } from "./filterRequestText.ts";
export { findRealLookingKeys } from "./findRealLookingKeys.ts";
export { isRealLookingKey } from "./isRealLookingKey.ts";
export { listPresets } from "./listPresets.ts";
export type { Preset } from "./listPresets.ts";
export { parseShareLink } from "./parseShareLink.ts";
export { restoreCredentials } from "./restoreCredentials.ts";
export { validateShareV1 } from "./validateShareV1.ts";
