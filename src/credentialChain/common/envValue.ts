import { getOwn } from "../ini/createRecord.ts";
import type { ChainInput } from "../types.ts";

/** An environment variable's value; undefined when unset (an empty string is returned as "", set but empty). */
export function envValue(input: ChainInput, name: string): string | undefined {
  return getOwn(input.env, name);
}

/** Set and not empty: how most SDK checks read a variable (`process.env.X`, `os.Getenv(x) != ""`). */
export function envNonEmpty(input: ChainInput, name: string): string | undefined {
  const value = getOwn(input.env, name);
  return value === undefined || value === "" ? undefined : value;
}
