/**
 * A header's value from pasted text (a raw response, `curl -v` or SDK debug output): `Name: value` at the start
 * of a line, optionally behind `< ` / `> ` (curl) or quotes and `{'Name': 'value'}` (botocore debug dicts).
 */
export function getPastedHeader(text: string, name: string): string | undefined {
  const escaped = name.replace(/[-]/g, "\\-");
  const line = new RegExp(`^[<> \\t]*${escaped}[ \\t]*:(.*)$`, "im").exec(text);
  if (line) return line[1]!.trim();
  const dict = new RegExp(`['"]${escaped}['"]\\s*:\\s*(?:b?['"])([^'"]*)['"]`, "i").exec(text);
  return dict ? dict[1] : undefined;
}

/** The HTTP status of a pasted response (`HTTP/1.1 403 Forbidden`), if its status line is there. */
export function getPastedStatus(text: string): number | undefined {
  const m = /^[< \t]*HTTP\/[\d.]+ (\d{3})\b/m.exec(text);
  return m ? Number(m[1]) : undefined;
}
