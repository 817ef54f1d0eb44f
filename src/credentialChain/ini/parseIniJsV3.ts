// The JS SDK v3's INI parser, rule for rule: @smithy/core 3.41 (aws-sdk-js-v3 3.1175),
// submodules/config/shared-ini-file-loader/parseIni.ts.
//  - A comment starts at `#` or `;` at the line start or after whitespace, on any line (sections too).
//  - `[prefix name]` keeps only the prefixes `profile`, `sso-session`, `services` (stored as `prefix.name`; quotes
//    around the name allowed); any other `[word word]` section is dropped; a name without a space is kept as is.
//  - `key = value`: both trimmed, quotes kept; `key =` (empty) opens a sub-section for the indented lines after it,
//    so an empty value is never stored. Duplicate sections merge, duplicate keys: the last wins.
//  - A `[__proto__]` or `[profile __proto__]` section throws, and the loader then treats the whole file as empty.
//  - The map is a plain object: a section named like an Object.prototype member (`[constructor]`, `[toString]`)
//    finds the inherited member, so its keys land on that built-in and the section never appears.
import { createRecord } from "./createRecord.ts";
import type { IniSections } from "./types.ts";

const PREFIX_KEY = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
const SECTION_TYPES = ["profile", "sso-session", "services"];
const BLOCKED_NAMES = ["__proto__", "profile __proto__"];

export function parseIniJsV3(text: string): { sections: IniSections; error?: string } {
  const map: IniSections = createRecord();
  let section: string | undefined;
  let subSection: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.split(/(^|\s)[;#]/)[0].trim();
    if (trimmed[0] === "[" && trimmed[trimmed.length - 1] === "]") {
      section = undefined;
      subSection = undefined;
      const name = trimmed.substring(1, trimmed.length - 1);
      const match = PREFIX_KEY.exec(name);
      if (match) {
        if (SECTION_TYPES.includes(match[1])) section = `${match[1]}.${match[3]}`;
      } else {
        section = name;
      }
      if (BLOCKED_NAMES.includes(name)) return { sections: createRecord(), error: `Found invalid profile name "${name}"` };
    } else if (section) {
      // `[]` names the section "", which is falsy: its keys are dropped like keys before any section.
      const eq = trimmed.indexOf("=");
      if (eq === 0 || eq === -1) continue;
      const key = trimmed.substring(0, eq).trim();
      const value = trimmed.substring(eq + 1).trim();
      if (value === "") {
        subSection = key;
        continue;
      }
      if (subSection !== undefined && line.trimStart() === line) subSection = undefined;
      if (section in Object.prototype) continue;
      map[section] ??= createRecord();
      map[section][subSection !== undefined ? `${subSection}.${key}` : key] = value;
    }
  }
  return { sections: map };
}
