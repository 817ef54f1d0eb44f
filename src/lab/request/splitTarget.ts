/** Splits a request-target at its first `?`: the raw path and the raw query (null when there is no `?`). */
export function splitTarget(target: string): { path: string; query: string | null } {
  const q = target.indexOf("?");
  return q < 0 ? { path: target, query: null } : { path: target.slice(0, q), query: target.slice(q + 1) };
}
