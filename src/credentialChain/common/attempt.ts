import type { ResolvedCredentials } from "../types.ts";

/**
 * One provider's outcome inside a model. `next` says whether the chain moves on: the JS SDK's `tryNextLink`,
 * botocore's "returned None" (false for a raise), Go's and Java's "not found" versus a hard error.
 */
export type Attempt =
  | { ok: true; credentials: ResolvedCredentials; reason?: string }
  | { ok: false; next: boolean; message: string; errorName?: string; approximate?: boolean };

export const found = (credentials: ResolvedCredentials, reason?: string): Attempt => ({ ok: true, credentials, reason });
export const skip = (message: string): Attempt => ({ ok: false, next: true, message });
/** An error that ends the chain. `approximate`: the SDK's text embeds a network library's message the model only paraphrases. */
export const stop = (message: string, errorName: string, approximate?: boolean): Attempt =>
  approximate ? { ok: false, next: false, message, errorName, approximate } : { ok: false, next: false, message, errorName };
/** Not found here: the chain moves on (botocore's `return None`). */
export const none = (message: string): Attempt => ({ ok: false, next: true, message });
