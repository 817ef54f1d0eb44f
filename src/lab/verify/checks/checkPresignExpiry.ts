import { formatExtended } from "../../catalogue/formatServerTimes.ts";
import { pass, type Step } from "../types.ts";

/** An S3 presigned URL expires X-Amz-Expires seconds after its X-Amz-Date (§4.8, §6). */
export const checkPresignExpiry: Step = (ctx) => {
  const { auth, requestDate, now } = ctx;
  if (ctx.family !== "s3" || auth.kind !== "auth" || auth.mode !== "query" || !requestDate) return null;
  const seconds = Number(auth.expires ?? "0");
  const expiresAt = new Date(requestDate.getTime() + seconds * 1000);
  if (now.getTime() <= expiresAt.getTime()) return pass(`Presigned URL valid until ${formatExtended(expiresAt)}.`);
  return {
    passed: false,
    detail: `Presigned URL expired at ${formatExtended(expiresAt)}; server time ${formatExtended(now)}.`,
    kind: "presignExpired",
    params: { expires: auth.expires ?? "", expiresAt, serverNow: now },
    summary: `The presigned URL was signed at ${auth.date} for ${seconds} seconds, so it expired at ${formatExtended(expiresAt)}; the server's time is ${formatExtended(now)}.`,
    fix: "Generate a new presigned URL (with a longer X-Amz-Expires, up to 604800 seconds, if needed).",
  };
};
