import { percentDecode } from "./percentDecode.ts";
import { uriEncode } from "./uriEncode.ts";

/**
 * The canonical URI from the path as received on the request line.
 *
 * normalize=true (every service but S3): remove `.` and `..` segments and empty segments (`//` collapses), then
 * URI-encode each remaining segment exactly as received. A received `%20` therefore becomes `%2520`: this is
 * the "double encoding" AWS documents, because the client encoded the path once on the wire and signs it encoded
 * again. Leading and trailing slashes are kept (a trailing one only when some segment is left).
 *
 * normalize=false (S3): segments are kept as they are, including empty and dot segments; each is decoded once
 * and encoded once, so `%20`, a literal space and `%2520`'s decoded form all compare by their bytes.
 */
export function getCanonicalPath(rawPath: string, opts: { normalize: boolean }): string {
  if (rawPath === "") return "/";
  if (!opts.normalize) {
    return rawPath
      .split("/")
      .map((segment) => uriEncode(percentDecode(segment)))
      .join("/");
  }
  const segments: string[] = [];
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const lead = rawPath.startsWith("/") ? "/" : "";
  const trail = segments.length > 0 && rawPath.endsWith("/") ? "/" : "";
  return lead + segments.map((segment) => uriEncode(segment)).join("/") + trail;
}
