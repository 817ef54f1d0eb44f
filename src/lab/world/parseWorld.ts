import type { Identity, S3Bucket, World } from "../types.ts";
import { createDefaultWorld } from "./defaultWorld.ts";

export type ParseWorldResult = { ok: true; world: World } | { ok: false; error: string };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * A world from JSON: `{ "now"?: ISO-8601, "identities"?: Identity[], "optInRegions"?: string[],
 * "buckets"?: [{ "name", "region" }], "includeDefaultIdentities"?: boolean }` (a given bucket replaces a default one of
 * the same name). Identities are added to the default five unless
 * `includeDefaultIdentities` is false; a given identity replaces a default one with the same access key ID.
 * Missing `now` uses the argument. Never throws: a bad field gives `{ ok: false, error }` naming it.
 */
export function parseWorld(json: unknown, now: Date): ParseWorldResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail("the world must be a JSON object");
  const o = json as Record<string, unknown>;
  let clock = now;
  if (o.now !== undefined) {
    if (typeof o.now !== "string" || !ISO.test(o.now)) return fail(`\`now\` must be an ISO-8601 UTC time such as "2026-01-01T00:00:00Z"; got ${JSON.stringify(o.now)}`);
    clock = new Date(o.now);
  }
  const base = createDefaultWorld(clock);
  const given: Identity[] = [];
  if (o.identities !== undefined) {
    if (!Array.isArray(o.identities)) return fail("`identities` must be an array");
    for (const [i, raw] of o.identities.entries()) {
      const parsed = parseIdentity(raw, i);
      if (typeof parsed === "string") return fail(parsed);
      given.push(parsed);
    }
  }
  const keep = o.includeDefaultIdentities === false ? [] : base.identities.filter((d) => !given.some((g) => g.accessKeyId === d.accessKeyId));
  let optInRegions = base.optInRegions;
  if (o.optInRegions !== undefined) {
    if (!Array.isArray(o.optInRegions) || o.optInRegions.some((r) => typeof r !== "string")) return fail("`optInRegions` must be an array of region names");
    optInRegions = [...(o.optInRegions as string[])];
  }
  let buckets = base.buckets ?? [];
  if (o.buckets !== undefined) {
    const valid = Array.isArray(o.buckets) && o.buckets.every((b) => typeof b === "object" && b !== null && typeof (b as Record<string, unknown>).name === "string" && typeof (b as Record<string, unknown>).region === "string"
      && ((b as Record<string, unknown>).dnsPending === undefined || typeof (b as Record<string, unknown>).dnsPending === "boolean"));
    if (!valid) return fail('`buckets` must be an array of { "name": string, "region": string, "dnsPending"?: boolean }');
    const named = (o.buckets as S3Bucket[]).map((b) => ({ name: b.name, region: b.region, ...(b.dnsPending === true ? { dnsPending: true } : {}) }));
    buckets = [...buckets.filter((d) => !named.some((g) => g.name === d.name)), ...named];
  }
  return { ok: true, world: { now: clock, identities: [...keep, ...given], optInRegions, buckets } };
}

function fail(error: string): ParseWorldResult {
  return { ok: false, error: `Invalid world: ${error}.` };
}

function parseIdentity(raw: unknown, i: number): Identity | string {
  const at = `identities[${i}]`;
  if (typeof raw !== "object" || raw === null) return `${at} must be an object`;
  const r = raw as Record<string, unknown>;
  if (typeof r.accessKeyId !== "string" || r.accessKeyId === "") return `${at}.accessKeyId must be a non-empty string`;
  if (typeof r.secretAccessKey !== "string" || r.secretAccessKey === "") return `${at}.secretAccessKey must be a non-empty string`;
  if (r.sessionToken !== undefined && typeof r.sessionToken !== "string") return `${at}.sessionToken must be a string`;
  const kind = r.kind ?? (r.sessionToken !== undefined ? "temporary" : "long-term");
  if (kind !== "long-term" && kind !== "temporary") return `${at}.kind must be "long-term" or "temporary"; got ${JSON.stringify(kind)}`;
  const status = r.status ?? "active";
  if (status !== "active" && status !== "inactive") return `${at}.status must be "active" or "inactive"; got ${JSON.stringify(status)}`;
  for (const f of ["expiresAt", "issuedAt"] as const) {
    if (r[f] !== undefined && (typeof r[f] !== "string" || !ISO.test(r[f] as string))) return `${at}.${f} must be an ISO-8601 UTC time`;
  }
  if (r.tokenVersion !== undefined && r.tokenVersion !== 1 && r.tokenVersion !== 2) return `${at}.tokenVersion must be 1 or 2`;
  if (r.mfaAuthenticated !== undefined && typeof r.mfaAuthenticated !== "boolean") return `${at}.mfaAuthenticated must be true or false`;
  if (r.arn !== undefined && typeof r.arn !== "string") return `${at}.arn must be a string`;
  const id: Identity = { accessKeyId: r.accessKeyId, secretAccessKey: r.secretAccessKey, kind, status };
  if (r.sessionToken !== undefined) id.sessionToken = r.sessionToken as string;
  if (r.expiresAt !== undefined) id.expiresAt = r.expiresAt as string;
  if (r.issuedAt !== undefined) id.issuedAt = r.issuedAt as string;
  if (r.tokenVersion !== undefined) id.tokenVersion = r.tokenVersion as 1 | 2;
  if (r.mfaAuthenticated !== undefined) id.mfaAuthenticated = r.mfaAuthenticated as boolean;
  if (r.arn !== undefined) id.arn = r.arn as string;
  return id;
}
