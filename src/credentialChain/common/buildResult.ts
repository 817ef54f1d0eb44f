// Turns a finished chain walk into the public result: masking, warnings, the error when nothing won.
import { SDK_VERSIONS } from "../constants.ts";
import type { Attempt } from "./attempt.ts";
import { collectCredentialWarnings } from "./collectWarnings.ts";
import { maskAccessKeyId } from "./maskAccessKeyId.ts";
import type { ChainResult, ChainWarning, SdkId, TraceStep } from "../types.ts";

export interface ChainWalk {
  sdk: SdkId;
  profile: { name: string; from: string };
  trace: TraceStep[];
  /** The attempt that ended the walk: a win, a stopping error, or the last skip. */
  last: Attempt;
  /** The exception when every provider was skipped. */
  noCredentials: { name: string; message: string; approximate?: boolean };
  region?: string;
  regionSource?: string;
  endpoint?: { url: string; from: string };
  warnings: ChainWarning[];
}

export function buildResult(walk: ChainWalk): ChainResult {
  const { last } = walk;
  const base: ChainResult = {
    sdk: walk.sdk,
    sdkVersion: SDK_VERSIONS[walk.sdk],
    resolved: last.ok,
    profile: walk.profile,
    region: walk.region,
    regionSource: walk.regionSource,
    endpoint: walk.endpoint,
    trace: walk.trace,
    warnings: walk.warnings,
  };
  if (last.ok) {
    const { credentials } = last;
    return {
      ...base,
      // A deferred source that will fail on first use is chosen, yet nothing usable resolves: say both.
      ...(credentials.fetchError ? { resolved: false, error: credentials.fetchError } : {}),
      source: credentials.source,
      accessKeyId: credentials.accessKeyId,
      maskedAccessKeyId: credentials.accessKeyId === undefined ? undefined : maskAccessKeyId(credentials.accessKeyId),
      hasSessionToken: credentials.hasSessionToken,
      credentials,
      warnings: [...walk.warnings, ...collectCredentialWarnings(credentials)],
    };
  }
  if (last.next) return { ...base, error: walk.noCredentials };
  const error = { name: last.errorName ?? "Error", message: last.message };
  return { ...base, error: last.approximate ? { ...error, approximate: true } : error };
}

/** Runs providers in order, recording each; stops at the first win or the first error that does not try the next. */
export function walkProviders(steps: Array<{ provider: string; run: () => Attempt }>): { trace: TraceStep[]; last: Attempt } {
  const trace: TraceStep[] = [];
  let last: Attempt = { ok: false, next: true, message: "no providers" };
  let ended = false;
  for (const step of steps) {
    if (ended) {
      trace.push({ provider: step.provider, outcome: "not-reached", reason: "an earlier provider ended the chain" });
      continue;
    }
    last = step.run();
    if (last.ok) {
      trace.push({ provider: step.provider, source: last.credentials.source, outcome: "used", reason: last.reason ?? "returned credentials" });
      ended = true;
    } else {
      trace.push({ provider: step.provider, outcome: last.next ? "skipped" : "failed", reason: last.message });
      if (!last.next) ended = true;
    }
  }
  return { trace, last };
}
