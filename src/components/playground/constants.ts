/** smithy's SignatureV4.presign() signs for an hour when no expiry is given (the lab's signWithSmithy passes 3600). */
export const PRESIGN_DEFAULT_SECONDS = 3600;
/** Typing pauses this long before the lab runs again. */
export const DEBOUNCE_MS = 40;
/** How long a changed line of the response stays marked. */
export const FLASH_MS = 1500;
/** The message types the embedded playground and its guide page exchange (same origin only). */
export const EMBED_HEIGHT_MESSAGE = "sigfix:playground-height";
/** The guide page tells its frame which rows of the frame are on screen: `{ type, top, bottom }` in frame pixels. */
export const EMBED_VIEWPORT_MESSAGE = "sigfix:playground-viewport";
