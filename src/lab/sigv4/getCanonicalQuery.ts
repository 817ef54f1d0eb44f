import { decodeQueryComponent } from "./decodeQueryComponent.ts";
import { uriEncode } from "./uriEncode.ts";

/**
 * The canonical query string from the raw query as received (without the `?`; null or "" when there is none).
 * Each `&`-separated pair is split at its first `=` (no `=` means an empty value), decoded once as AWS reads it
 * (`+` is a space, a stray `%` stays literal: see decodeQueryComponent), re-encoded strictly, then sorted by encoded key and, for repeated keys,
 * by encoded value. `exclude` names parameters (decoded, exact case) to leave out, such as `X-Amz-Signature`.
 */
export function getCanonicalQuery(rawQuery: string | null, opts: { exclude?: string[] } = {}): string {
  if (!rawQuery) return "";
  const exclude = new Set(opts.exclude ?? []);
  const pairs: Array<[string, string]> = [];
  for (const piece of rawQuery.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const keyBytes = decodeQueryComponent(eq < 0 ? piece : piece.slice(0, eq));
    if (exclude.size > 0 && exclude.has(new TextDecoder().decode(keyBytes))) continue;
    pairs.push([uriEncode(keyBytes), eq < 0 ? "" : uriEncode(decodeQueryComponent(piece.slice(eq + 1)))]);
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
