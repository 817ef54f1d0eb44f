import type { GuideIndex } from "./types.ts";

const PLACEHOLDER = /('[^'\n]*'|\d+|Authorization=[^\n]*)/;

/**
 * A linear-time pattern for a quoted message in free text: quoted values, numbers and the echoed header may differ,
 * any whitespace run stands for a space (a terminal wrapped the line), case is ignored. `periodOptional` lets the
 * final period be missing, for messages whose guide quotes no twin without it.
 */
function messagePattern(known: string, periodOptional: boolean): RegExp {
  const trimmed = known.trimEnd();
  const body = periodOptional && trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed;
  const source = body
    .split(PLACEHOLDER)
    .map((piece, i) => {
      if (i % 2 === 0) return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+");
      if (piece.startsWith("'")) return "'[^'\\n]*'";
      return piece.startsWith("Authorization=") ? "Authorization=[^\\n]*" : "\\d+";
    })
    .join("");
  if (periodOptional && trimmed.endsWith(".")) return new RegExp(`${source}\\.?`, "i");
  // Not followed by a period the quote lacks: "…is invalid" must not be found inside "…is invalid.".
  return new RegExp(trimmed.endsWith(".") ? source : `${source}(?!\\.)`, "i");
}

/** Every message a guide quotes, longest first, then the first sentence of the multi-sentence ones (a cut paste). */
function candidates(index: GuideIndex): Array<{ re: RegExp }> {
  const known = new Set<string>();
  for (const guide of index.guides) {
    for (const r of guide.responses) known.add(r.message);
    for (const c of guide.causes) if (c.expect) known.add(c.expect.message);
  }
  const trimmed = new Set([...known].map((m) => m.trimEnd()));
  const twinOf = (m: string) => (m.endsWith(".") ? m.slice(0, -1) : `${m}.`);
  const full = [...known].filter((m) => m.trim().length >= 12).sort((a, b) => b.length - a.length);
  const firstSentences = new Set<string>();
  for (const m of full) {
    const cut = m.indexOf(". ");
    if (cut >= 40 && cut < m.trimEnd().length - 1) firstSentences.add(m.slice(0, cut + 1));
  }
  return [
    ...full.map((m) => ({ re: messagePattern(m, !trimmed.has(twinOf(m.trimEnd()))) })),
    ...[...firstSentences].map((m) => ({ re: messagePattern(m, true) })),
  ];
}

const cache = new WeakMap<GuideIndex, Array<{ re: RegExp }>>();

/**
 * A message some guide quotes, found anywhere in free text (a log line, a stack trace, a ticket), longest first so
 * "…is invalid." wins over "…is invalid". Returns the words as they appear in the text, or undefined.
 */
export function findKnownMessage(text: string, index: GuideIndex): string | undefined {
  let list = cache.get(index);
  if (!list) cache.set(index, (list = candidates(index)));
  for (const { re } of list) {
    const hit = re.exec(text);
    if (hit) return hit[0];
  }
  return undefined;
}

/** The codes some guide declares that appear in the text as whole words. */
export function findKnownCodes(text: string, index: GuideIndex): string[] {
  const codes = new Set(index.guides.flatMap((g) => g.responses.map((r) => r.code)));
  return [...codes].filter((code) => new RegExp(`(?<![A-Za-z0-9])${code}(?![a-z0-9])`).test(text));
}
