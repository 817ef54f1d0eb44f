import { percentDecode } from "./percentDecode.ts";
import { uriEncode } from "./uriEncode.ts";

/**
 * The canonical query string from the raw query as received (without the `?`; null or "" when there is none).
 * Each `&`-separated pair is split at its first `=` (no `=` means an empty value), decoded once (`+` stays a
 * literal `+`, a stray `%` stays literal), re-encoded strictly, then sorted by encoded key and, for repeated keys,
 * by encoded value. `exclude` names parameters (decoded, exact case) to leave out, such as `X-Amz-Signature`.
 */
export function getCanonicalQuery(rawQuery: string | null, opts: { exclude?: string[] } = {}): string {
  if (!rawQuery) return "";
  const exclude = new Set(opts.exclude ?? []);
  const pairs: Array<[string, string]> = [];
  for (const piece of rawQuery.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const keyBytes = percentDecode(eq < 0 ? piece : piece.slice(0, eq));
    if (exclude.size > 0 && exclude.has(new TextDecoder().decode(keyBytes))) continue;
    pairs.push([uriEncode(keyBytes), eq < 0 ? "" : uriEncode(percentDecode(piece.slice(eq + 1)))]);
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
