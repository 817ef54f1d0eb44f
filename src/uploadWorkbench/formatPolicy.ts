/** One condition on one line: `["starts-with", "$key", "uploads/"]` or `{"bucket": "sigfix-example"}`. */
function formatCondition(condition: unknown): string {
  if (Array.isArray(condition)) return `[${condition.map((item) => JSON.stringify(item)).join(", ")}]`;
  if (condition !== null && typeof condition === "object") {
    return `{${Object.entries(condition).map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`).join(", ")}}`;
  }
  return JSON.stringify(condition);
}

/** A policy as people write it: one condition per line, in JSON, so the reader can edit it in place. */
export function formatPolicy(policy: { expiration: string; conditions: unknown[] }): string {
  const lines = policy.conditions.map((condition) => `    ${formatCondition(condition)}`);
  return `{\n  "expiration": ${JSON.stringify(policy.expiration)},\n  "conditions": [\n${lines.join(",\n")}\n  ]\n}`;
}
