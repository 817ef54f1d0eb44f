import type { PostForm } from "./types.ts";

/**
 * The form fields no condition names, lower-cased, in form order. S3 exempts `x-amz-signature`, `file`, `policy`
 * and names starting `x-ignore-` (S3 API reference, sigv4-HTTPPOSTConstructPolicy: "Each form field that you
 * specify in a form (except x-amz-signature, file, policy, and field names that have an x-ignore- prefix) must
 * appear in the list of conditions"); every other field, `x-amz-security-token` and `success_action_*` included,
 * must appear in some condition. Names are compared case-insensitively.
 */
export function findExtraFields(conditions: unknown[], form: PostForm): string[] {
  const named = new Set<string>();
  for (const c of conditions) {
    if (Array.isArray(c) && typeof c[1] === "string" && c[1].startsWith("$")) named.add(c[1].slice(1).toLowerCase());
    else if (typeof c === "object" && c !== null && !Array.isArray(c)) for (const name of Object.keys(c)) named.add(name.toLowerCase());
  }
  const extra = new Set<string>();
  for (const { name } of form.fields) {
    const lower = name.toLowerCase();
    if (lower === "x-amz-signature" || lower === "policy" || lower === "file" || lower.startsWith("x-ignore-")) continue;
    if (!named.has(lower)) extra.add(lower);
  }
  return [...extra];
}
