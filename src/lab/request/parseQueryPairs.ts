import { decodeQueryComponent } from "../sigv4/decodeQueryComponent.ts";

const decoder = new TextDecoder();
const decode = (text: string) => decoder.decode(decodeQueryComponent(text));

/**
 * The query string as AWS reads it: `&`-separated pairs in arrival order, each name and value decoded once
 * (`+` is a space: see decodeQueryComponent), a missing `=` giving an empty value.
 */
export function parseQueryPairs(rawQuery: string | null): Array<[string, string]> {
  if (!rawQuery) return [];
  return rawQuery
    .split("&")
    .filter((piece) => piece !== "")
    .map((piece) => {
      const eq = piece.indexOf("=");
      return eq < 0 ? [decode(piece), ""] : [decode(piece.slice(0, eq)), decode(piece.slice(eq + 1))];
    });
}
