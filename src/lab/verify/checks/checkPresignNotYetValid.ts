import { formatExtended } from "../../catalogue/formatServerTimes.ts";
import { pass, type Step } from "../types.ts";

/**
 * An S3 presigned URL whose X-Amz-Date is ahead of the server's clock answers AccessDenied "Request is not yet valid"
 * (issue minio/minio#2638 and dmjio/s3-signer#16, raw bodies: a client clock a day or more ahead). S3's clock-skew
 * check skips presigned URLs (checkClockSkew.ts), so this is their only future-date check. How far ahead S3 tolerates
 * is not captured (both captures are over a day ahead): the lab allows the service's 15-minute window (uncertain).
 */
export const checkPresignNotYetValid: Step = (ctx) => {
  const { auth, requestDate, now, service } = ctx;
  if (ctx.family !== "s3" || auth.kind !== "auth" || auth.mode !== "query" || !requestDate) return null;
  const window = service.skewWindowMinutes;
  const aheadMs = requestDate.getTime() - now.getTime();
  if (aheadMs <= window * 60_000) return pass(`X-Amz-Date ${auth.date} is not after the server clock ${formatExtended(now)} (+${window} min).`);
  const expiresAt = new Date(requestDate.getTime() + Number(auth.expires ?? "0") * 1000);
  const minutes = Math.round(aheadMs / 60_000);
  return {
    passed: false,
    detail: `X-Amz-Date ${auth.date} is ${minutes} min after the server clock ${formatExtended(now)}.`,
    kind: "presignNotYetValid",
    params: { signedAt: requestDate, expiresAt, serverNow: now, expires: auth.expires ?? "" },
    summary: `The URL was presigned at ${auth.date}, ${minutes} minutes after the server's clock (${formatExtended(now)}): the signing machine's clock is ahead, so S3 holds the URL as not valid yet.`,
    fix: "Sync the clock of the machine that presigns (NTP: `chronyc makestep`, `w32tm /resync`), and build X-Amz-Date from UTC, not local time.",
  };
};
