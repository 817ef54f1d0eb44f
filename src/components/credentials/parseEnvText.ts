/** What an environment text holds: the variables (a prototype-free map) and the lines that are not `KEY=VALUE`. */
export interface ParsedEnv {
  env: Record<string, string>;
  /** 1-based line numbers with what is wrong, in plain words. */
  problems: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads `KEY=VALUE` lines as `env`, a `.env` file or `export KEY=VALUE` would give them: blank lines and `#`
 * comments skipped, one pair of surrounding quotes removed, the last assignment winning. A variable named
 * `__proto__` or `constructor` is just a name (the map has no prototype).
 */
export function parseEnvText(text: string): ParsedEnv {
  const env = Object.create(null) as Record<string, string>;
  const problems: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    const body = line.startsWith("export ") ? line.slice("export ".length).trimStart() : line;
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq).trim();
    if (eq < 0 || !NAME.test(name)) {
      if (problems.length < 5) problems.push(`line ${i + 1}: expected KEY=VALUE, found “${line.slice(0, 40)}${line.length > 40 ? "…" : ""}”`);
      continue;
    }
    let value = body.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) value = value.slice(1, -1);
    env[name] = value;
  }
  return { env, problems };
}
