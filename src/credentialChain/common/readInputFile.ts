import { DEFAULT_HOME } from "../constants.ts";
import { getOwn } from "../ini/createRecord.ts";
import type { ChainInput } from "../types.ts";

/** The home folder the SDK would use: the input's `home`, else HOME from the environment. */
export function getHome(input: ChainInput): string {
  return input.home ?? getOwn(input.env, "HOME") ?? DEFAULT_HOME;
}

/** `~/x` → `<home>/x`, as every SDK expands a leading tilde in a configured path. */
export function expandHome(path: string, home: string): string {
  if (path === "~") return home;
  return path.startsWith("~/") ? `${home.replace(/(?<!\/)\/+$/, "")}/${path.slice(2)}` : path;
}

/** A file's text, or undefined when the file does not exist. */
export function readInputFile(input: ChainInput, path: string): string | undefined {
  return getOwn(input.files ?? {}, path);
}

export function joinPath(...parts: string[]): string {
  return parts.map((part, i) => (i === 0 ? part.replace(/(?<!\/)\/+$/, "") : part.replace(/^\/+|(?<!\/)\/+$/g, ""))).join("/");
}
