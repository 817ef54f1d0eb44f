/** A policy as people write it: one condition per line, in JSON, so the reader can edit it in place. */
export function formatPolicy(policy: { expiration: string; conditions: unknown[] }): string {
  const lines = policy.conditions.map((condition) => `    ${JSON.stringify(condition).replace(/","/g, '", "').replace(/,(?=\d)/g, ", ").replace(/":"/g, '": "')}`);
  return `{\n  "expiration": ${JSON.stringify(policy.expiration)},\n  "conditions": [\n${lines.join(",\n")}\n  ]\n}`;
}
