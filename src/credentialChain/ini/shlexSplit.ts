// Python's shlex.split(text) in POSIX mode (CPython 3.11 Lib/shlex.py, comments off), which botocore uses to read
// `[profile name]` headers (configloader._parse_section) and credential_process command lines (compat_shell_split).
// Returns undefined where Python raises ValueError ("No closing quotation", "No escaped character").
export function shlexSplit(text: string): string[] | undefined {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") {
      if (i + 1 >= text.length) return undefined;
      word += text[++i];
      inWord = true;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) return undefined;
      word += text.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\" && j + 1 < text.length && '\\"$`\n'.includes(text[j + 1])) word += text[++j];
        else word += text[j];
      }
      if (j >= text.length) return undefined;
      i = j;
      inWord = true;
    } else if (" \t\r\n".includes(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
