import { ALWAYS_UNSIGNABLE_HEADERS, UNSIGNABLE_PATTERNS } from "../constants.ts";
import type { RawHeader } from "../types.ts";

/**
 * The headers a client signs, as smithy picks them: every header present, lowercase, deduplicated and sorted,
 * except smithy's never-signed set (`user-agent`, `authorization`, `proxy-*`, `sec-*`…) and `opts.unsignable`.
 */
export function getSignedHeaders(headers: RawHeader[], opts: { unsignable?: string[] } = {}): string[] {
  const extra = new Set((opts.unsignable ?? []).map((n) => n.toLowerCase()));
  const names = new Set<string>();
  for (const { name } of headers) {
    const lower = name.toLowerCase();
    if (lower in ALWAYS_UNSIGNABLE_HEADERS || extra.has(lower)) continue;
    if (UNSIGNABLE_PATTERNS.some((p) => p.test(lower))) continue;
    names.add(lower);
  }
  return [...names].sort();
}
