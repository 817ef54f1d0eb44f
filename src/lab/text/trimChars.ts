/**
 * Trims a run of the given characters from one or both ends with an index scan. Written out because the regex
 * forms (`/[ \t]+$/`, `/\/+$/`, `/^[ \t]+|[ \t]+$/g`) restart at every character of a long run that is not at the
 * end, which is quadratic: a header value of 100,000 spaces and one letter took 24 s (issue 13).
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

export function trimChars(text: string, chars: string): string {
  return trimStartChars(trimEndChars(text, chars), chars);
}

/** HTTP's optional whitespace (RFC 9110 §5.6.3): space and horizontal tab. */
export const HTTP_WHITESPACE = " \t";
