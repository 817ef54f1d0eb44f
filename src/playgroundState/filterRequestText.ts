import { getSecretForms } from "./getSecretForms.ts";
import { isRealLookingKey } from "./isRealLookingKey.ts";

/** What a link carries in place of a secret found in the request text. */
export const LEFT_OUT = "LEFT-OUT-OF-LINK";

const TOKEN_HEADER = /^(x-amz-security-token[ \t]*:)(.*)$/gim;
/** The token parameter of a URL, also inside a percent-encoded URL (`%3FX-Amz-Security-Token%3D…%26`). */
const TOKEN_QUERY = /((?:[?&]|%3F|%26)X-Amz-Security-Token(?:=|%3D))((?:[^&\s#%]|%(?!26)[0-9A-Fa-f]{2})*)/gi;
/** A value given under a credential's usual names (env vars, INI, JSON, a form): `aws_secret_access_key = …`. */
const NAMED_SECRET = /((?:aws_secret_access_key|secret_?access_?key|aws_session_token|session_?token)["']?[ \t]*[:=][ \t]*["']?)([A-Za-z0-9/+=%_-]{8,})/gi;
/** Also right after a percent-escape: `X-Amz-Credential%3DAKIA…` inside an encoded URL. */
const KEY_IDS = /(?<=^|[^A-Z0-9]|%[0-9A-Fa-f]{2})(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;

export interface FilterResult {
  text: string;
  /** Secret values taken out (typed secrets in any spelling, token headers and parameters, named secrets). */
  removed: number;
  /** Real-looking access key IDs masked. */
  maskedKeyIds: number;
}

/**
 * The request text as a link may carry it. Taken out: session-token headers and URL parameters that are not
 * public examples; values under a secret's usual names; each given secret raw, percent-encoded, JSON-escaped or
 * inside base64. Masked: every access key ID shaped like a real one (AKIA/ASIA + 16) that is not an example,
 * wherever it sits (Authorization `Credential=`, `X-Amz-Credential=`, a body). Counts both, for the note.
 */
export function filterRequestText(
  text: string,
  opts: { secrets: readonly string[]; publicTokens: readonly string[]; exampleKeyIds?: readonly string[] },
): FilterResult {
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
  const leave = (all: string, head: string, value: string, space = "") => {
    if (isPublic(value)) return all;
    removed++;
    return `${head}${space}${LEFT_OUT}`;
  };
  let out = text.replace(TOKEN_HEADER, (all, head: string, value: string) => leave(all, head, value, " "));
  out = out.replace(TOKEN_QUERY, (all, head: string, value: string) => leave(all, head, value));
  out = out.replace(NAMED_SECRET, (all, head: string, value: string) => leave(all, head, value));
  // Short strings would match ordinary words; a secret or token is long.
  for (const secret of opts.secrets) {
    if (secret.length < 8 || opts.publicTokens.includes(secret)) continue;
    for (const form of getSecretForms(secret)) {
      const cut = form.base64 ? cutBase64Runs(out, form.text) : cutAll(out, form.text);
      removed += cut.count;
      out = cut.text;
    }
  }
  let maskedKeyIds = 0;
  const examples = opts.exampleKeyIds ?? [];
  out = out.replace(KEY_IDS, (keyId) => {
    if (!isRealLookingKey(keyId, examples)) return keyId;
    maskedKeyIds++;
    return LEFT_OUT;
  });
  return { text: out, removed, maskedKeyIds };
}

function cutAll(text: string, needle: string): { text: string; count: number } {
  const parts = text.split(needle);
  return { text: parts.join(LEFT_OUT), count: parts.length - 1 };
}

/** Replaces each whole base64 run that contains `core` (the secret's offset-independent encoding). */
function cutBase64Runs(text: string, core: string): { text: string; count: number } {
  let count = 0;
  let out = "";
  let from = 0;
  for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, from)) {
    let start = at;
    while (start > from && BASE64_CHAR.test(text[start - 1]!)) start--;
    let end = at + core.length;
    while (end < text.length && BASE64_CHAR.test(text[end]!)) end++;
    out += text.slice(from, start) + LEFT_OUT;
    from = end;
    count++;
  }
  return { text: out + text.slice(from), count };
}
