/** What one target of `npm run fuzz` was given and what went wrong. */
export interface TargetReport {
  target: string;
  /** Cases per family. */
  tried: Map<string, number>;
  found: string[];
  notes: string[];
}

export function printReport(r: TargetReport): void {
  const total = [...r.tried.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${r.target}: ${total} cases in ${r.tried.size} families, ${r.found.length} problem${r.found.length === 1 ? "" : "s"}`);
  for (const [family, n] of r.tried) console.log(`  tried ${String(n).padStart(4)} × ${family}`);
  for (const note of r.notes) console.log(`  note: ${note}`);
  for (const problem of r.found.slice(0, 30)) console.log(`  FOUND ${problem}`);
  if (r.found.length > 30) console.log(`  … and ${r.found.length - 30} more`);
}
