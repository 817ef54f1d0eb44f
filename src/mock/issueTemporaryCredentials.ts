import { randomBytes } from "node:crypto";
import type { Identity } from "./lab.ts";

export type StsIssueOperation = "GetSessionToken" | "AssumeRole";

export type IssueResult =
  | { ok: true; identity: Identity; assumedRoleId?: string }
  | { ok: false; code: string; status: number; message: string };

/** DurationSeconds bounds from the STS API reference (../shared/reference §7); AssumeRole's role maximum is 12 h. */
const DURATION: Record<StsIssueOperation, { min: number; max: number; fallback: number }> = {
  GetSessionToken: { min: 900, max: 129_600, fallback: 43_200 },
  AssumeRole: { min: 900, max: 43_200, fallback: 3_600 },
};

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/**
 * New temporary credentials for STS GetSessionToken or AssumeRole called by `caller`, valid from `now` for
 * DurationSeconds (STS's default when absent). `random` is injectable so tests can pin the values.
 */
export function issueTemporaryCredentials(
  operation: StsIssueOperation,
  params: URLSearchParams,
  caller: Identity,
  now: Date,
  random: (size: number) => Uint8Array = (size) => randomBytes(size),
): IssueResult {
  const bounds = DURATION[operation];
  const given = params.get("DurationSeconds");
  let seconds = bounds.fallback;
  if (given !== null) {
    seconds = Number(given);
    if (!/^\d+$/.test(given)) return validation(`Value '${given}' at 'durationSeconds' failed to satisfy constraint: Member must be a number`);
    if (seconds < bounds.min) return validation(`Value '${given}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${bounds.min}`);
    if (seconds > bounds.max) return validation(`Value '${given}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to ${bounds.max}`);
  }
  const suffix = Array.from(random(16), (b) => BASE32[b % 32]).join("");
  const identity: Identity = {
    accessKeyId: `ASIA${suffix}`,
    secretAccessKey: Buffer.from(random(30)).toString("base64"),
    sessionToken: `sigfix/${operation}/${Buffer.from(random(120)).toString("base64")}`,
    kind: "temporary",
    status: "active",
    issuedAt: toIso(now),
    expiresAt: toIso(new Date(now.getTime() + seconds * 1000)),
    tokenVersion: 2,
  };
  const account = (caller.arn ?? "").split(":")[4] || "123456789012";
  if (operation === "GetSessionToken") {
    identity.mfaAuthenticated = params.has("TokenCode");
    identity.arn = caller.arn ?? `arn:aws:iam::${account}:user/sigfix`;
    return { ok: true, identity };
  }
  const roleArn = params.get("RoleArn") ?? "";
  const roleName = /:role\/(?:.*\/)?([^/]+)$/.exec(roleArn)?.[1] ?? "sigfix-role";
  const sessionName = params.get("RoleSessionName") || "sigfix-session";
  const roleAccount = roleArn.split(":")[4] || account;
  identity.arn = `arn:aws:sts::${roleAccount}:assumed-role/${roleName}/${sessionName}`;
  const roleId = `AROA${Array.from(random(17), (b) => BASE32[b % 32]).join("")}`;
  return { ok: true, identity, assumedRoleId: `${roleId}:${sessionName}` };
}

/** STS's time format: ISO-8601 UTC without milliseconds. */
function toIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function validation(detail: string): IssueResult {
  return { ok: false, code: "ValidationError", status: 400, message: `1 validation error detected: ${detail}` };
}
