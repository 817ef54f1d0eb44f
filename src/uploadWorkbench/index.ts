// The upload workbench's engine: pure TypeScript (no DOM, no clock, no network), imported by its island and tests
// only through here. It builds what was signed and what the client sends, and asks the lab for S3's answer.
export type * from "./types.ts";
export { runWorkbench } from "./runWorkbench.ts";
export { PUT_CLIENTS, PUT_CLIENT_IDS } from "./clients.ts";
export { DEFAULT_ORDER, DEFAULT_POST, DEFAULT_PUT, WORKBENCH_PRESETS, getWorkbenchPreset } from "./presets.ts";
export type { WorkbenchPreset } from "./presets.ts";
export { createWorkbenchLink, readWorkbenchLink } from "./workbenchLink.ts";
export type { ReadLink } from "./workbenchLink.ts";
export { validateChoices } from "./validateChoices.ts";
export { createPutToSign, encodeKey, getBucketHost, presignPut } from "./presignPut.ts";
export { buildPolicy, formatExpiration } from "./buildPolicy.ts";
export { buildPostForm } from "./buildPostForm.ts";
export { readPolicyText } from "./readPolicyText.ts";
export { toBase64, fromBase64 } from "./base64.ts";
export { buildMultipartBody } from "./buildMultipartBody.ts";
export { formatPolicy } from "./formatPolicy.ts";
