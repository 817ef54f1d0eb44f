import type { RawHeader } from "../types.ts";

/**
 * The canonical headers block: one `name:value\n` line per signed header, names lowercase and sorted. Values are
 * trimmed and every run of spaces, tabs and line breaks (an obs-fold continuation) becomes one space; repeated
 * headers are joined with `,` in arrival order. A signed header that is absent yields `name:` with an empty value.
 */
export function getCanonicalHeaders(headers: RawHeader[], signedHeaders: string[]): string {
  const names = [...new Set(signedHeaders.map((n) => n.toLowerCase()))].sort();
  // Grouped once: filtering all headers per signed name was quadratic for long header lists.
  const byName = new Map<string, string[]>();
  for (const h of headers) {
    const lower = h.name.toLowerCase();
    const list = byName.get(lower);
    if (list) list.push(h.value);
    else byName.set(lower, [h.value]);
  }
  let out = "";
  for (const name of names) out += `${name}:${(byName.get(name) ?? []).map(trimAll).join(",")}\n`;
  return out;
}

function trimAll(value: string): string {
  return value.replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
}
