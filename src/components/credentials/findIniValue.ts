/**
 * The value of `key` in section `[section]` of an INI text, as the shared files write it (`key = value`), or
 * undefined. Only used to find the placeholder of the winning section's secret, so the first match is enough.
 */
export function findIniValue(text: string, section: string, key: string): string | undefined {
  let inSection = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      const end = line.indexOf("]");
      inSection = end > 0 && line.slice(1, end).trim() === section;
      continue;
    }
    if (!inSection) continue;
    const eq = line.indexOf("=");
    if (eq > 0 && line.slice(0, eq).trim().toLowerCase() === key) return line.slice(eq + 1).trim();
  }
  return undefined;
}
