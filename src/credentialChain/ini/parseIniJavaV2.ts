// The Java SDK v2's profile-file reader, rule for rule: aws-sdk-java-v2 core/profiles ProfileFileReader.
//  - Lines split at \n, \r\n or \r (BufferedReader.lines). Comment lines start with `#` or `;` in column one.
//  - `[...]` lines: a comment may follow with no space; config files keep `[profile name]` (as "name") and
//    `[default]`, and ignore other sections; credentials files keep names as written. A name outside
//    [A-Za-z0-9_-/.%@] drops the whole section. `[profile default]` wins over `[default]` in one file.
//  - `key = value`: only `=`; comments need a space or tab before `#`/`;`; key case is kept; a key outside the
//    identifier set is ignored. Indented lines continue the last value with "\n" (comments kept).
//  - A property line before any profile, a line without `=`, or a nameless key fails the whole file.
import { createRecord, getOwn } from "./createRecord.ts";
import type { IniSections } from "./types.ts";

const IDENTIFIER = /^[A-Za-z0-9_\-/.%@]*$/;

function cutAtEarliest(line: string, patterns: string[]): string {
  const at = Math.min(...patterns.map((p) => line.indexOf(p)).filter((i) => i >= 0), line.length);
  return line.slice(0, at);
}

export function parseIniJavaV2(text: string, fileType: "config" | "credentials"): { ok: true; profiles: IniSections } | { ok: false; problem: string } {
  const profiles: IniSections = createRecord();
  let current: string | undefined;
  let property: string | undefined;
  let ignoringProfile = false;
  let ignoringProperty = false;
  let seenProfileDefault = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const lineNo = index + 1;
    if (/^[\t ]*$/.test(line) || line.startsWith("#") || line.startsWith(";")) continue;
    if (line.startsWith("[")) {
      const bare = cutAtEarliest(line, ["#", ";"]).trim();
      if (!bare.endsWith("]")) return { ok: false, problem: `Profile definition must end with ']' on line ${lineNo}` };
      const raw = bare.slice(1, -1).trim();
      const prefixed = raw.startsWith("profile ") || raw.startsWith("profile\t");
      let name: string | undefined;
      if (fileType === "credentials") name = raw;
      else if (prefixed) name = raw.slice("profile".length).trim();
      else if (raw === "default") name = "default";
      if (name !== undefined && !IDENTIFIER.test(name)) name = undefined;
      if (name !== undefined && fileType === "config" && name === "default" && getOwn(profiles, "default") !== undefined) {
        if (!prefixed && seenProfileDefault) name = undefined;
        else if (prefixed && !seenProfileDefault) delete profiles.default;
      }
      if (name === "default" && prefixed) seenProfileDefault = true;
      if (name === undefined) {
        ignoringProfile = true;
        continue;
      }
      current = name;
      property = undefined;
      ignoringProfile = false;
      ignoringProperty = false;
      profiles[name] ??= createRecord();
      continue;
    }
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (ignoringProfile || ignoringProperty) continue;
      if (current === undefined || property === undefined) return { ok: false, problem: `Expected a profile or property definition on line ${lineNo}` };
      profiles[current][property] = `${profiles[current][property]}\n${line.trim()}`;
      continue;
    }
    if (ignoringProfile) continue;
    if (current === undefined) return { ok: false, problem: `Expected a profile definition on line ${lineNo}` };
    const bare = cutAtEarliest(line, [" #", " ;", "\t#", "\t;"]).trim();
    const eq = bare.indexOf("=");
    if (eq === -1) return { ok: false, problem: `Expected an '=' sign defining a property on line ${lineNo}` };
    const key = bare.slice(0, eq).trim();
    if (key === "") return { ok: false, problem: `Property did not have a name on line ${lineNo}` };
    if (!IDENTIFIER.test(key)) {
      ignoringProperty = true;
      continue;
    }
    property = key;
    ignoringProperty = false;
    profiles[current][key] = bare.slice(eq + 1).trim();
  }
  return { ok: true, profiles };
}
