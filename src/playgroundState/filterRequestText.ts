/** What a link carries in place of a secret found in the request text. */
export const LEFT_OUT = "LEFT-OUT-OF-LINK";

const TOKEN_HEADER = /^(x-amz-security-token[ \t]*:)(.*)$/gim;
const TOKEN_QUERY = /([?&]X-Amz-Security-Token=)([^&\s#]*)/gi;

/**
 * The request text as a link may carry it: session-token headers and query parameters that are not public
 * examples, and every occurrence of the given secrets, are replaced by LEFT_OUT. Counts what it removed.
 */
export function filterRequestText(
  text: string,
  opts: { secrets: readonly string[]; publicTokens: readonly string[] },
): { text: string; removed: number } {
  let removed = 0;
  const isPublic = (value: string) => {
    const trimmed = value.trim();
    let decoded = trimmed;
    try {
      decoded = decodeURIComponent(trimmed);
    } catch {
      // a malformed escape is not an example token
    }
    return trimmed === "" || trimmed === LEFT_OUT || opts.publicTokens.includes(trimmed) || opts.publicTokens.includes(decoded);
  };
  let out = text.replace(TOKEN_HEADER, (all, head: string, value: string) => {
    if (isPublic(value)) return all;
    removed++;
    return `${head} ${LEFT_OUT}`;
  });
  out = out.replace(TOKEN_QUERY, (all, head: string, value: string) => {
    if (isPublic(value)) return all;
    removed++;
    return `${head}${LEFT_OUT}`;
  });
  // Short strings would match ordinary words; a secret or token is long.
  for (const secret of opts.secrets) {
    if (secret.length < 8 || opts.publicTokens.includes(secret)) continue;
    const parts = out.split(secret);
    removed += parts.length - 1;
    out = parts.join(LEFT_OUT);
  }
  return { text: out, removed };
}
