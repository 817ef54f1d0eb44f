// Seeded INI texts built from the fragments people actually write (and mistype): prefixes, spacing, quotes,
// comments, delimiters, indentation, empty values, duplicates, odd line endings, a BOM, Unicode spaces.
import type { Random } from "../createRandom.ts";

const HEADERS = ["[default]", "[profile a]", "[profile  a]", "[ profile a ]", "[profile \"b c\"]", "[profile 'q']", "[a]", "[a]b]", "[DEFAULT]", "[Default]",
  "[sso-session s]", "[services x]", "[profile a] # c", "[profile a] ; c", "[profilea b]", "[other a]", "[profile a.b]", "[profile __proto__]", "[constructor]", "[profile toString]", "[]", "[profile]"];
const KEYS = ["aws_access_key_id", "AWS_ACCESS_KEY_ID", "aws_secret_access_key", "region", "role_arn", "source_profile", "s3", "sts", "endpoint_url", "Region"];
const VALUES = ["AKIASIGFIXINI0000001", "us-west-2", "\"quoted\"", "'single'", "a#b", "a #b", "a ;b", "a;b", "x = y", "arn:aws:iam::123456789012:role/r", "", "  spaced  ", "é\u00a0"];

function keyLine(random: Random): string {
  const key = random.pick(KEYS);
  const value = random.pick(VALUES);
  const indent = random.pick(["", "", "", "  ", "\t", " "]);
  const delimiter = random.pick([" = ", "=", " =", "= ", ": ", ":", " = \t"]);
  return `${indent}${key}${delimiter}${value}`;
}

export function generateIniText(random: Random): string {
  const lines: string[] = [];
  const count = 1 + random.int(12);
  if (random.chance(0.1)) lines.push(random.pick(["# top comment", "; top", "stray = before"]));
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.25) lines.push(random.pick(HEADERS));
    else if (roll < 0.8) lines.push(keyLine(random));
    else lines.push(random.pick(["", "# comment", "; comment", "   # indented comment", "no delimiter", "=novalue", "\t", " \u001c", "  nested = 1"]));
  }
  const eol = random.pick(["\n", "\n", "\n", "\r\n", "\r"]);
  return (random.chance(0.04) ? "\ufeff" : "") + lines.join(eol) + (random.chance(0.8) ? eol : "");
}
