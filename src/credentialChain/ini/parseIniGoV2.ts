// The Go SDK v2's INI reader, rule for rule: aws-sdk-go-v2 internal/ini (tokenize.go, parse.go, strings.go; the 2023
// rewrite used by config v1.2x–v1.32).
//  - Whole-line comments start with `#` or `;` after spaces/tabs. On section and property lines everything from the
//    first `#`, then the first `;`, is cut, with or without a space before it (`role_arn = a;b` reads "a").
//  - `[type name]` keeps "type name" with inner runs of spaces collapsed to one; `[name]` keeps "name".
//  - `key = value` or `key: value` (whichever comes first); keys are lower-cased; values are trimmed, and one pair of
//    surrounding quotes is removed, `\"`, `\'` and `\n` are unescaped.
//  - An indented `k = v` under an empty value makes a sub-property (comments kept); other indented lines continue the
//    value with "\n". Duplicate sections merge and the later key wins.
//  - Any other line is "unrecognized token": the whole file fails to load.
// Lines are split at "\n"; the model also drops a trailing "\r" (CRLF files), which Go's TrimSpace does on values.
import { createRecord, getOwn } from "./createRecord.ts";
import type { BotocoreValue } from "./types.ts";

export type GoSections = Record<string, Record<string, BotocoreValue>>;

const isSpace = (ch: string | undefined) => ch === " " || ch === "\t";
const trimComment = (text: string) => text.split("#")[0].split(";")[0];
// Index scans, not /[ \t]+$/: a regex would rescan a long run of spaces from every position (quadratic).
function trimRight(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text.slice(0, end);
}
function trimLeft(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  return text.slice(start);
}

function splitProperty(text: string): [string, string] | undefined {
  const equals = text.indexOf("=");
  const colon = text.indexOf(":");
  const sep = equals === -1 || (colon !== -1 && colon < equals) ? ":" : "=";
  const at = text.indexOf(sep);
  if (at === -1) return undefined;
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

function legacyValue(value: string): string {
  const quoted = value.length > 2 && ((value[0] === "'" && value.endsWith("'")) || (value[0] === '"' && value.endsWith('"')));
  return (quoted ? value.slice(1, -1) : value).replaceAll('\\"', '"').replaceAll("\\'", "'").replaceAll("\\n", "\n");
}

/** splitProfile: "type   name" → "type name"; a name without a space stays as it is. */
function splitProfile(text: string): string {
  let first = 0;
  while (first < text.length && !isSpace(text[first])) first++;
  if (first === text.length) return text;
  const rest = trimLeft(text.slice(first));
  return rest === "" ? "" : `${text.slice(0, first)} ${rest}`;
}

export function parseIniGoV2(text: string): { ok: true; sections: GoSections } | { ok: false; problem: string } {
  const sections: GoSections = createRecord();
  let section = "";
  let key = "";
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || /^[ \t]*[#;]/.test(line)) continue;
    const head = trimRight(trimComment(line));
    if (head.startsWith("[") && head.endsWith("]")) {
      section = splitProfile(head.slice(1, -1).trim());
      key = "";
      sections[section] ??= createRecord();
      continue;
    }
    const indented = isSpace(line[0]);
    const property = indented ? splitProperty(trimLeft(line)) : splitProperty(trimRight(trimComment(line)));
    if (!indented && property) {
      if (section === "") continue; // properties before any section are ignored
      key = property[0].toLowerCase();
      sections[section][key] = legacyValue(property[1]);
      continue;
    }
    if (!indented) return { ok: false, problem: `unrecognized token '${line}'` };
    if (key === "") continue;
    const current = getOwn(sections[section], key);
    if (property) {
      if (current === "") sections[section][key] = Object.assign(createRecord<string>(), { [property[0].toLowerCase()]: legacyValue(property[1]) });
      continue;
    }
    const continued = trimLeft(line);
    if (continued.startsWith("[") && continued.endsWith("]")) continue;
    if (typeof current === "string" && current !== "") sections[section][key] = `${current}\n${continued}`;
  }
  return { ok: true, sections };
}
