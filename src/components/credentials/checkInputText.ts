/** The most one field takes: real config files are a few KB; a paste above this is a mistake, not a config. */
export const MAX_FIELD_CHARS = 256 * 1024;

/**
 * Whether a pasted field can be read at all: not too long, not binary. Returns the reason in words, or null.
 * The page keeps the text it was given and says why it does not run the chain, so nothing is lost.
 */
export function checkInputText(label: string, text: string): string | null {
  if (text.length > MAX_FIELD_CHARS) {
    const size = text.length >= 1024 * 1024 ? `${(text.length / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(text.length / 1024)} KB`;
    return `${label} is ${size}, more than the ${MAX_FIELD_CHARS / 1024} KB a credentials or config file could need: paste the file itself, not a log or an archive.`;
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `${label} contains a NUL byte: it looks like a binary file, not text. Paste the text of the file.`;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  if (control > 16 && control > text.length / 100) return `${label} is mostly control characters: it looks like a binary file, not text. Paste the text of the file.`;
  return null;
}
