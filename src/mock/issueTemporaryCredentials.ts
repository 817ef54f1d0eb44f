import { randomBytes } from "node:crypto";
import type { Identity } from "./lab.ts";
import { formatValidationErrors, validateStsParameters } from "./validateStsParameters.ts";
import type { StsIssueOperation } from "./validateStsParameters.ts";

export type { StsIssueOperation };

export type IssueResult =
  | { ok: true; identity: Identity; assumedRoleId?: string }
  | { ok: false; code: string; status: number; message: string };

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
  const { errors, durationSeconds: seconds } = validateStsParameters(operation, params);
  if (errors.length > 0) return validation(formatValidationErrors(errors));
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
  // Both validated above: RoleArn at most 2048 characters, RoleSessionName 2–64 of [\w+=,.@-].
  const roleArn = params.get("RoleArn")!;
  const sessionName = params.get("RoleSessionName")!;
  const role = parseRoleArn(roleArn);
  // STS's answer to an ARN that is not a role's (physera/onelogin-aws-cli#12, AssumeRoleWithSAML's RoleArn).
  if (role === undefined) return validation("Request ARN is invalid");
  const { account: roleAccount, roleName } = role;
  identity.arn = `arn:aws:sts::${roleAccount}:assumed-role/${roleName}/${sessionName}`;
  const roleId = `AROA${Array.from(random(17), (b) => BASE32[b % 32]).join("")}`;
  return { ok: true, identity, assumedRoleId: `${roleId}:${sessionName}` };
}

/** STS's time format: ISO-8601 UTC without milliseconds. */
function toIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function validation(message: string): IssueResult {
  return { ok: false, code: "ValidationError", status: 400, message };
}

/** `arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME`, by splitting (the regex form backtracked on long paths). */
function parseRoleArn(arn: string): { account: string; roleName: string } | undefined {
  const parts = arn.split(":");
  if (parts.length !== 6 || parts[0] !== "arn" || parts[2] !== "iam" || parts[3] !== "") return undefined;
  const account = parts[4]!;
  const resource = parts[5]!;
  if (!/^\d{12}$/.test(account) || !resource.startsWith("role/")) return undefined;
  const roleName = resource.slice(resource.lastIndexOf("/") + 1);
  return roleName === "" ? undefined : { account, roleName };
}
