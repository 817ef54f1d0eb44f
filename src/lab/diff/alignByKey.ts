/** One step of an alignment: an index on each side, or null where that side has nothing. */
export type AlignedPair = [number | null, number | null];

/**
 * Aligns two lists by a key with a longest common subsequence, so that equal keys pair up in order and the rest
 * are one-sided; with `pairRuns`, adjacent one-sided runs are then paired up as changes. Lists are short (lines of a canonical
 * request), so the quadratic table is fine.
 */
export function alignByKey<T>(
  ours: T[],
  theirs: T[],
  key: (item: T) => string,
  opts: { pairRuns: boolean } = { pairRuns: true },
): AlignedPair[] {
  const a = ours.map(key);
  const b = theirs.map(key);
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  let onlyOurs: number[] = [];
  let onlyTheirs: number[] = [];
  const flush = () => {
    if (opts.pairRuns) {
      const n = Math.max(onlyOurs.length, onlyTheirs.length);
      for (let k = 0; k < n; k++) out.push([onlyOurs[k] ?? null, onlyTheirs[k] ?? null]);
    } else {
      for (const k of onlyOurs) out.push([k, null]);
      for (const k of onlyTheirs) out.push([null, k]);
    }
    onlyOurs = [];
    onlyTheirs = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      out.push([i++, j++]);
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      onlyOurs.push(i++);
    } else {
      onlyTheirs.push(j++);
    }
  }
  flush();
  return out;
}
