import type { GuideIndex } from "./types.ts";

const PLACEHOLDER = /('[^'\n]*'|\d+|Authorization=[^\n]*)/;

/** A pattern for a quoted message in which quoted values, numbers and the echoed header may differ. */
function messagePattern(known: string): RegExp {
  const source = known
    .trimEnd()
    .split(PLACEHOLDER)
    .map((piece, i) => {
      if (i % 2 === 0) return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (piece.startsWith("'")) return "'[^'\\n]*'";
      return piece.startsWith("Authorization=") ? "Authorization=[^\\n]*" : "\\d+";
    })
    .join("");
  // Not followed by a period the quote lacks: "…is invalid" must not be found inside "…is invalid.".
  return new RegExp(known.trimEnd().endsWith(".") ? source : `${source}(?!\\.)`);
}

/**
 * A message some guide quotes, found anywhere in free text (a log line, a stack trace, a ticket), longest first so
 * "…is invalid." wins over "…is invalid". Returns the words as they appear in the text, or undefined.
 */
export function findKnownMessage(text: string, index: GuideIndex): string | undefined {
  const known = new Set<string>();
  for (const guide of index.guides) {
    for (const r of guide.responses) known.add(r.message);
    for (const c of guide.causes) if (c.expect) known.add(c.expect.message);
  }
  const byLength = [...known].filter((m) => m.trim().length >= 12).sort((a, b) => b.length - a.length);
  for (const message of byLength) {
    const hit = messagePattern(message).exec(text);
    if (hit) return hit[0];
  }
  return undefined;
}

/** The codes some guide declares that appear in the text as whole words. */
export function findKnownCodes(text: string, index: GuideIndex): string[] {
  const codes = new Set(index.guides.flatMap((g) => g.responses.map((r) => r.code)));
  return [...codes].filter((code) => new RegExp(`(?<![A-Za-z0-9])${code}(?![A-Za-z0-9])`).test(text));
}
