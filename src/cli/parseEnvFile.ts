/**
 * `KEY=VALUE` lines (optionally `export KEY=VALUE`, values optionally in matching quotes), `#` comments and blank
 * lines, as a dotenv file or `env` output is written. A line that is none of these is reported by number.
 */
export function parseEnvFile(text: string): { ok: true; env: Record<string, string> } | { ok: false; problem: string } {
  const env: Record<string, string> = Object.create(null);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) return { ok: false, problem: `line ${index + 1} is not KEY=VALUE` };
    let value = match[2];
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
    env[match[1]] = value;
  }
  return { ok: true, env };
}
