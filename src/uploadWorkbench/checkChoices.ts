import { PUT_CLIENTS } from "./clients.ts";
import type { WorkbenchChoices } from "./types.ts";

/** Ten years in seconds: any expiry or delay the page can mean; beyond it a date is not a date. */
const MAX_SECONDS = 10 * 365 * 24 * 60 * 60;

/** Texts that go into a header line or the host: a client refuses a line break or NUL there (fetch throws). */
const HEADER_FIELDS = {
  put: ["bucket", "region", "signedContentType", "metaName", "metaValue", "sentContentType", "sentMetaValue"],
  post: ["bucket", "region"],
} as const;

/**
 * Why these choices cannot be sent, in one sentence, or null. The page's controls and links only make valid
 * choices; this is the door for anything else (a caller of the engine, a future control).
 */
export function checkChoices(c: WorkbenchChoices): string | null {
  if (c.mode !== "put" && c.mode !== "post") return "The upload must be a presigned PUT or a POST form.";
  if (c.mode === "put" && !Object.hasOwn(PUT_CLIENTS, c.client)) return `“${String(c.client).slice(0, 40)}” is not a client the workbench knows.`;
  if (!Number.isInteger(c.fileSize) || c.fileSize < 0) return "The file size must be a whole number of bytes, 0 or more.";
  for (const [name, value] of [["expiry", c.expiresIn], ["delay before sending", c.sentAfter]] as const) {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_SECONDS) return `The ${name} must be a number of seconds within ten years (got ${String(value).slice(0, 20)}).`;
  }
  const record = c as unknown as Record<string, unknown>;
  for (const field of HEADER_FIELDS[c.mode]) {
    const value = record[field];
    if (typeof value !== "string") return `“${field}” must be text.`;
    if (/[\r\n\0]/.test(value)) return `“${field}” holds a line break or NUL: it goes into a header line, where fetch and curl refuse one.`;
  }
  return null;
}
