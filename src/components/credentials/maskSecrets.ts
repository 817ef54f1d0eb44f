/** Where the secrets sit: environment variables and INI keys whose values are never shown or shared. */
export const SECRET_ENV_NAMES = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"] as const;
export const SECRET_INI_KEYS = ["aws_secret_access_key", "aws_session_token", "aws_security_token"] as const;

/** A masked value as it stands in the text: `‹secret 3›`. The number indexes the in-memory vault. */
const PLACEHOLDER = /^‹secret (\d{1,4})›$/;
export const placeholderFor = (index: number) => `‹secret ${index}›`;

/** The real values behind the placeholders, in memory only: never in a link, never in the DOM. */
export type SecretVault = string[];

/** The vault value behind a placeholder, or undefined when the text is not a placeholder (or its value is gone). */
export function revealSecret(value: string, vault: SecretVault): string | undefined {
  const m = PLACEHOLDER.exec(value.trim());
  return m ? vault[Number(m[1])] : undefined;
}

export const isPlaceholder = (value: string) => PLACEHOLDER.test(value.trim());

function maskValue(value: string, vault: SecretVault): string {
  if (value === "" || isPlaceholder(value)) return value;
  const existing = vault.indexOf(value);
  const index = existing >= 0 ? existing : vault.push(value) - 1;
  return placeholderFor(index);
}

/**
 * Replaces every secret value in an environment or INI text by a placeholder, keeping the real value in `vault`
 * (the same value gets the same placeholder). Presence is what the credential chain reads, so the simulation is
 * unchanged; what the reader sees, and what a link carries, is `‹secret N›`.
 */
export function maskSecrets(text: string, kind: "env" | "ini", vault: SecretVault): string {
  const names: readonly string[] = kind === "env" ? SECRET_ENV_NAMES : SECRET_INI_KEYS;
  return text
    .split("\n")
    .map((full) => {
      const cr = full.endsWith("\r") ? "\r" : "";
      const line = cr ? full.slice(0, -1) : full;
      const eq = line.indexOf("=");
      if (eq < 0) return full;
      const rawName = line.slice(0, eq);
      const name = rawName.trim().replace(/^export\s+/, "");
      if (!names.includes(kind === "ini" ? name.toLowerCase() : name)) return full;
      const rest = line.slice(eq + 1);
      const lead = rest.length - rest.trimStart().length;
      const value = rest.trim();
      const quote = kind === "env" && value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value[0] : "";
      const inner = quote ? value.slice(1, -1) : value;
      return `${rawName}=${rest.slice(0, lead)}${quote}${maskValue(inner, vault)}${quote}${cr}`;
    })
    .join("\n");
}
