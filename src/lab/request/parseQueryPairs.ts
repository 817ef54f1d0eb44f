import { percentDecode } from "../sigv4/percentDecode.ts";

const decoder = new TextDecoder();
const decode = (text: string) => decoder.decode(percentDecode(text));

/**
 * The query string as AWS reads it: `&`-separated pairs in arrival order, each name and value percent-decoded once,
 * `+` kept literal (it is not a space in SigV4), a missing `=` giving an empty value.
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
