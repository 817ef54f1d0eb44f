import { getMessageShape } from "./getMessageShape.ts";

/** How closely a pasted message matches a message a guide quotes: lower is closer, null is no match. */
export type MessageMatch = 0 | 1 | 2 | 3 | 4 | 5 | null;

const continuesWithSpace = (text: string, at: number) => at === text.length || /\s/.test(text[at]!);
const withoutFinalPeriod = (s: string) => (s.endsWith(".") ? s.slice(0, -1) : s);

/** Pastes cut shorter than this are not read as the start of a message. */
const MIN_PREFIX = 40;

/**
 * 0: byte for byte. 1: the same but for trailing whitespace. 2: the same once dates, numbers and quoted values are
 * blanked, whitespace runs joined and case ignored. 3: the quoted message followed by more text after whitespace
 * (the "Canonical String … should have been" detail, several scope sentences). 4: the same but for the final
 * period (pasted without it, or with one). 5: the paste is the start of the message, cut short (a title, a
 * truncated log line). Levels 4 and 5 lose to any closer match: a guide that quotes both "…is invalid." and
 * "…is invalid" is matched exactly, because the final period tells the two apart.
 */
export function getMessageMatch(known: string, pasted: string): MessageMatch {
  if (known === pasted) return 0;
  const k = known.trimEnd();
  const p = pasted.trimEnd();
  if (k === "" || p === "") return null;
  if (k === p) return 1;
  const ks = getMessageShape(known);
  const ps = getMessageShape(pasted);
  if (ks === ps) return 2;
  if (p.startsWith(k) && continuesWithSpace(p, k.length)) return 3;
  if (ps.startsWith(ks) && continuesWithSpace(ps, ks.length)) return 3;
  if (withoutFinalPeriod(ks) === withoutFinalPeriod(ps)) return 4;
  if (ps.length >= MIN_PREFIX && ks.startsWith(withoutFinalPeriod(ps))) return 5;
  return null;
}
