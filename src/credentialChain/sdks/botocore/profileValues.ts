import { getOwn } from "../../ini/createRecord.ts";
import type { BotocoreValue } from "../../ini/types.ts";

export type BotocoreProfile = Record<string, BotocoreValue> | undefined;

/** `key in profile`, as botocore tests presence: an empty value is present. */
export const has = (profile: BotocoreProfile, key: string): boolean => getOwn(profile ?? {}, key) !== undefined;

/** A key's text; a nested block (`key =` then indented lines) reads as Python would print the dict. */
export function str(profile: BotocoreProfile, key: string): string | undefined {
  const value = getOwn(profile ?? {}, key);
  if (value === undefined || typeof value === "string") return value;
  return `{${Object.entries(value).map(([k, v]) => `'${k}': '${v}'`).join(", ")}}`;
}

/** Python's repr of a list of strings: `['a', 'b']`. */
export const pyList = (items: string[]) => `[${items.map((item) => `'${item}'`).join(", ")}]`;
