import type { PostPolicy } from "./types.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The policy form field, base64 → UTF-8 → JSON: an object with an optional `expiration` string and a
 * `conditions` array. Anything else is null (S3's InvalidPolicyDocument). Linear: atob and JSON.parse are, and the
 * field is bounded by MAX_POST_PRE_DATA_BYTES.
 */
export function decodePolicy(base64: string): PostPolicy | null {
  let json: unknown;
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    json = JSON.parse(utf8.decode(bytes));
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const expiration = Object.hasOwn(json, "expiration") ? (json as Record<string, unknown>).expiration : undefined;
  const conditions = Object.hasOwn(json, "conditions") ? (json as Record<string, unknown>).conditions : [];
  if (expiration !== undefined && typeof expiration !== "string") return null;
  if (!Array.isArray(conditions)) return null;
  return { expiration, conditions };
}
