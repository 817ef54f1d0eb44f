import { getMessageShape } from "./getMessageShape.ts";

/** How closely a pasted message matches a message a guide quotes: lower is closer, null is no match. */
export type MessageMatch = 0 | 1 | 2 | 3 | null;

const continuesWithSpace = (text: string, at: number) => at === text.length || /\s/.test(text[at]!);

/**
 * 0: byte for byte. 1: the same but for trailing whitespace (terminals drop it). 2: the same once dates, numbers
 * and quoted values are blanked. 3: the quoted message followed by more text after whitespace (the
 * "Canonical String … should have been" detail, or several scope sentences joined). A different final period never
 * matches: "…is invalid." and "…is invalid" are different errors.
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
  return null;
}
