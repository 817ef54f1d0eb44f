// botocore's INI reading, rule for rule: botocore 1.43.11 configloader.raw_config_parse, which is CPython 3.11's
// configparser.RawConfigParser (Lib/configparser.py, RawConfigParser._read) with its defaults, plus _parse_nested.
//  - Only whole-line comments (`#` or `;` after optional spaces): `key = v # c` keeps "v # c" as the value.
//  - `=` or `:` separates key and value; keys are lower-cased (optionxform), section names are case-sensitive.
//  - A line indented deeper than the previous key continues that key's value (joined with "\n"): so an indented
//    `aws_secret_access_key = …` under a key is part of the key above it, not a key of its own.
//  - `key =` followed by indented `k = v` lines is a nested map (`s3 =`, services sections).
//  - Strict: a repeated section or a repeated key in one section, a line before any section, or a line that is
//    not `key = value` makes the whole file unparseable (ConfigParseError).
//  - `[DEFAULT]` is no profile: its keys are inherited by every other section.
//  - `[name] trailing text` is the section `name` (the header pattern is matched, not fully matched).
import { createRecord, getOwn } from "./createRecord.ts";
import type { BotocoreSections, BotocoreValue } from "./types.ts";

// Python's str.strip() / \s: Unicode whitespace, which includes \x1c-\x1f but not U+FEFF (a BOM stays).
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
// The lookbehinds start a trailing run only at its first character: without them a long inner run is rescanned
// from each of its characters (quadratic; issue 13).
const STRIP = new RegExp(`^[${PY_SPACE}]+|(?<![${PY_SPACE}])[${PY_SPACE}]+$`, "g");
const RSTRIP = new RegExp(`(?<![${PY_SPACE}])[${PY_SPACE}]+$`);
const NON_SPACE = new RegExp(`[^${PY_SPACE}]`);
const SECTION = /^\[(.+)\]/;
// CPython's `(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$`, with the key "empty, or ending in a character that is
// neither space nor separator" and the value "empty, or starting with a non-space", so that neither can trade
// characters with the spaces around `=` (the lazy form was quadratic on a long run of spaces).
const OPTION = new RegExp(`^([^=:\\n\\r\\u2028\\u2029]*[^=:${PY_SPACE}]|)[${PY_SPACE}]*(=|:)[${PY_SPACE}]*((?:[^${PY_SPACE}].*)?)$`);
const DEFAULT_SECTION = "DEFAULT";

export const pyStrip = (text: string) => text.replace(STRIP, "");

export type BotocoreParse = { ok: true; sections: BotocoreSections } | { ok: false; problem: string };

export function parseIniBotocore(text: string): BotocoreParse {
  const sections = createRecord<Record<string, string[]>>();
  const defaults = createRecord<string[]>();
  const added = new Set<string>();
  let current: Record<string, string[]> | undefined;
  let sectionName = "";
  let option: string | undefined;
  let indentLevel = 0;
  let problem: string | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const lineNo = index + 1;
    const stripped = pyStrip(line);
    const isComment = stripped.startsWith("#") || stripped.startsWith(";");
    const value = isComment ? "" : stripped;
    if (value === "") {
      if (!isComment && current !== undefined && option !== undefined) current[option]?.push("");
      continue;
    }
    const indent = line.search(NON_SPACE);
    if (current !== undefined && option !== undefined && indent > indentLevel) {
      current[option].push(value);
      continue;
    }
    indentLevel = indent;
    const header = SECTION.exec(value);
    if (header) {
      sectionName = header[1];
      if (sectionName === DEFAULT_SECTION) current = defaults;
      else if (getOwn(sections, sectionName) !== undefined) {
        if (added.has(`s:${sectionName}`)) return { ok: false, problem: `section '${sectionName}' already exists (line ${lineNo})` };
        current = sections[sectionName];
      } else {
        current = createRecord();
        sections[sectionName] = current;
        added.add(`s:${sectionName}`);
      }
      option = undefined;
      continue;
    }
    if (current === undefined) return { ok: false, problem: `no [section] header before line ${lineNo}` };
    const match = OPTION.exec(value);
    if (!match) {
      problem ??= `line ${lineNo} is not key = value`;
      continue;
    }
    if (match[1] === "") problem ??= `line ${lineNo} has no key before '${match[2]}'`;
    option = match[1].replace(RSTRIP, "").toLowerCase();
    if (added.has(`o:${sectionName}\u0000${option}`)) {
      return { ok: false, problem: `option '${option}' in section '${sectionName}' already exists (line ${lineNo})` };
    }
    added.add(`o:${sectionName}\u0000${option}`);
    current[option] = [pyStrip(match[3])];
  }
  if (problem !== undefined) return { ok: false, problem };
  const result: BotocoreSections = createRecord();
  for (const name of Object.keys(sections)) {
    const merged = createRecord<BotocoreValue>();
    for (const source of [defaults, sections[name]]) {
      for (const key of Object.keys(source)) {
        const joined = source[key].join("\n").replace(RSTRIP, "");
        const nested = joined.startsWith("\n") ? parseNested(joined) : joined;
        if (nested === undefined) return { ok: false, problem: `nested value of '${key}' in [${name}] has a line without '='` };
        merged[key] = nested;
      }
    }
    result[name] = merged;
  }
  return { ok: true, sections: result };
}

function parseNested(value: string): Record<string, string> | undefined {
  const parsed = createRecord<string>();
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const line = pyStrip(raw);
    if (line === "") continue;
    const eq = line.indexOf("=");
    if (eq === -1) return undefined;
    parsed[pyStrip(line.slice(0, eq))] = pyStrip(line.slice(eq + 1));
  }
  return parsed;
}
