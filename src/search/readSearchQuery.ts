/** A short link as search needs it: the code, its guide and the guide's title. */
export interface SearchCode {
  code: string;
  target: string;
  title: string;
}

export interface SearchReading {
  /** The short-link code the query names, if any: its guide is offered first. */
  code?: SearchCode;
  /** Whether the query looks like a pasted error line (offer "Diagnose this" with it). */
  looksLikeError: boolean;
  /** What Pagefind should search for: the code, the message without its variable parts, or the query as typed. */
  term: string;
}

/** Longer than this and the query is cut before it is read (a search box is no paste bin). */
const MAX_QUERY_CHARS = 2000;
const MAX_TERM_WORDS = 12;

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** The longest code of the list that appears in the text as a whole word, ignoring case. */
function findCode(text: string, codes: SearchCode[]): SearchCode | undefined {
  const lower = text.toLowerCase();
  let best: SearchCode | undefined;
  for (const code of codes) {
    const c = code.code.toLowerCase();
    for (let at = lower.indexOf(c); at >= 0; at = lower.indexOf(c, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + c.length])) {
        if (!best || c.length > best.code.length) best = code;
        break;
      }
    }
  }
  return best;
}

/** The longer words of a guide's title (every one is on that guide's page), at most five. */
const titleWords = (title: string) =>
  title
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length >= 4)
    .slice(0, 5)
    .join(" ");

/** A word without the punctuation around it, by index scan (a trailing-class regex would rescan a run). */
function trimToLetters(word: string): string {
  const isLetter = (c: string) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
  let start = 0;
  let end = word.length;
  while (start < end && !isLetter(word[start]!)) start++;
  while (end > start && !isLetter(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** A part before `: ` that is a label, not the message: a class name, `Error`, botocore's or Go's preamble. */
const isLabel = (part: string) =>
  part.trim().split(/\s+/).length <= 1 || /when calling the \w+ operation|^\s*(operation error|https response error|api error)\b/i.test(part);

/**
 * The words of an error message that every page quoting it carries: the text after the SDK's labels (class names,
 * `Error:`, botocore's and Go's preambles), without quoted values, URLs, numbers, dates and ids, which differ from one
 * paste to the next. At most twelve words, because Pagefind wants every word to match.
 */
function messageWords(text: string): string {
  const parts = text.split(": ");
  let first = 0;
  while (first < parts.length - 1 && isLabel(parts[first]!)) first++;
  const rest = parts.slice(first).join(" ");
  const words = rest
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && !/\d|:\/\/|[/\\=@#]/.test(w))
    .map(trimToLetters)
    .filter((w) => w.length > 0);
  return words.slice(0, MAX_TERM_WORDS).join(" ");
}

/**
 * Reads a search query the way a ticket reader types it: often a whole pasted error line. A code it names is
 * searched alone (its guide first); a long line is searched by its most specific words and offered to Diagnose.
 */
export function readSearchQuery(query: string, codes: SearchCode[]): SearchReading {
  const text = query.slice(0, MAX_QUERY_CHARS).trim();
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const code = findCode(text, codes);
  const looksLikeError = wordCount >= 6 || (code !== undefined && wordCount >= 2) || (/: /.test(text) && wordCount >= 4);
  // A code alone matches every guide that mentions it; with its own guide's title words, that guide comes first.
  const term = code ? `${code.code} ${titleWords(code.title)}`.trim() : looksLikeError ? messageWords(text) || text : text;
  return { ...(code ? { code } : {}), looksLikeError, term };
}
