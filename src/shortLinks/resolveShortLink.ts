/** What the 404 page needs to know of each short link: the code as AWS spells it and the guide it opens. */
export interface ShortLinkTarget {
  code: string;
  target: string;
}

/** The longest code part of a path the 404 page looks at; anything longer is cut (a pasted essay is no code). */
const MAX_CODE_CHARS = 80;

/** The `<code>` of `/e/<code>` or `/e/<code>/`, decoded; undefined for any other path. */
export function readShortLinkCode(pathname: string): string | undefined {
  if (!pathname.startsWith("/e/")) return undefined;
  let rest = pathname.slice(3);
  if (rest.endsWith("/")) rest = rest.slice(0, -1);
  if (rest === "" || rest.includes("/")) return undefined;
  try {
    return decodeURIComponent(rest).slice(0, MAX_CODE_CHARS);
  } catch {
    return rest.slice(0, MAX_CODE_CHARS);
  }
}

/**
 * The guide a short link means, whatever its case: `/e/invalidsignatureexception` is `/e/InvalidSignatureException`.
 * Only targets from the list are ever returned, so the page that calls this is no open redirect.
 */
export function resolveShortLink(pathname: string, links: ShortLinkTarget[]): ShortLinkTarget | undefined {
  const code = readShortLinkCode(pathname)?.toLowerCase();
  return code === undefined ? undefined : links.find((link) => link.code.toLowerCase() === code);
}
