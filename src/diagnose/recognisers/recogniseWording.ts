import { KNOWN_WORDINGS } from "../knownWordings.ts";
import type { KnownWording } from "../knownWordings.ts";
import type { Hint, ParsedError } from "../types.ts";
import type { Recogniser } from "./types.ts";

const QUOTED = "(?:'[^'\\n]*'|\"[^\"\\n]*\")";

/** A wording as a linear-time pattern: literal text, any whitespace run for a space, a quoted value for `'…'`. */
function wordingPattern(pattern: string): RegExp {
  const source = pattern
    .split("'…'")
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+"))
    .join(QUOTED);
  return new RegExp(source, "i");
}

const COMPILED: Array<{ wording: KnownWording; re: RegExp }> = KNOWN_WORDINGS.map((wording) => ({ wording, re: wordingPattern(wording.pattern) }));

/** What the piece AWS quotes before "not a valid key=value pair" says about the header. */
function splitPieceHint(quoted: string): Hint | undefined {
  const piece = quoted.slice(1, -1).trim();
  if (piece === "" || piece === "…" || piece === "...") return undefined;
  if (/^(AWS4-|Authorization\b)/i.test(piece)) {
    return {
      severity: "problem",
      text: `AWS found '${piece}' where a name=value pair belongs: the header value repeats the algorithm or the header name (“Authorization: AWS4-…” inside the value). Send only “AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…”.`,
      causes: ["hand-built-authorization-header", "hand-built-header"],
    };
  }
  if (piece.includes("/")) {
    return {
      severity: "problem",
      text: `AWS found the scope '${piece}' on its own: a space or line break separates it from the key ID (a key pasted with whitespace).`,
      causes: ["whitespace-in-key", "key-pasted-with-whitespace-or-swapped"],
    };
  }
  return {
    severity: "problem",
    text: `AWS found '${piece}', which is not part of a SigV4 header: a bearer token or API key was sent where the endpoint expects a SigV4 signature (or to a URL that does not exist).`,
    causes: ["bearer-token-to-api-gateway"],
  };
}

/** Wordings no guide quotes verbatim (older, newer, S3-compatible stores): the code and message a guide knows them by. */
export const recogniseWording: Recogniser = {
  name: "wording",
  recognise(paste) {
    const hints: Hint[] = [];
    let error: ParsedError | undefined;
    for (const { wording, re } of COMPILED) {
      const m = re.exec(paste.text);
      if (!m) continue;
      hints.push({
        severity: wording.faultsLead ? "problem" : "info",
        text: wording.note,
        ...(wording.faults ? { faults: wording.faults } : {}),
        ...(wording.causes ? { causes: wording.causes } : {}),
        ...(wording.faultsLead ? { leads: true } : {}),
      });
      if (wording.pattern.startsWith("not a valid key=value pair")) {
        const before = paste.text.slice(Math.max(0, m.index - 300), m.index).trimEnd();
        const quoted = /('[^'\n]*'|"[^"\n]*")$/.exec(before);
        const hint = quoted ? splitPieceHint(quoted[1]!) : undefined;
        if (hint) hints.push(hint);
      }
      error ??= { format: "message", code: wording.code, ...(wording.readAs ? { message: wording.readAs } : { message: m[0] }) };
      break;
    }
    if (!error) return null;
    return { error, facts: [], hints };
  },
};
