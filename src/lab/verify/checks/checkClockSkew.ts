import { formatBasic } from "../../catalogue/formatServerTimes.ts";
import { pass, type Step } from "../types.ts";

/**
 * The request date must be within the service's window of the server clock (§4.4, §5): "Signature expired" or
 * "not yet current", S3's RequestTimeTooSkewed, EC2's RequestExpired. S3 presigned URLs are judged by their expiry
 * instead. Other services apply the window to a presigned URL's X-Amz-Date too (an STS presigned URL lives 15 minutes
 * whatever X-Amz-Expires says; inferred, not in the catalogue).
 */
export const checkClockSkew: Step = (ctx) => {
  const { auth, requestDate, now, service } = ctx;
  if (auth.kind !== "auth" || !requestDate) return null;
  if (ctx.family === "s3" && auth.mode === "query") return null;
  const window = service.skewWindowMinutes;
  const skewMs = requestDate.getTime() - now.getTime();
  const skewText = describeSkew(skewMs);
  const params = { requestDate: auth.date ?? "", serverNow: now, windowMinutes: window, mode: auth.mode };
  if (skewMs < -window * 60_000) {
    return {
      passed: false,
      detail: `Request date ${auth.date} is ${skewText} behind the server clock ${formatBasic(now)}; the window is ${window} min.`,
      kind: "signatureExpired",
      params,
      summary: `The request was signed at ${auth.date}, ${skewText} before the server's clock (${formatBasic(now)}); ${service.title} accepts ${window} minutes.`,
      fix: "Sync the client's clock (NTP: `chronyc makestep`, `w32tm /resync`), or sign just before sending instead of reusing a signed request.",
    };
  }
  if (skewMs > window * 60_000) {
    return {
      passed: false,
      detail: `Request date ${auth.date} is ${skewText} ahead of the server clock ${formatBasic(now)}; the window is ${window} min.`,
      kind: "signatureNotYetCurrent",
      params,
      summary: `The request was signed at ${auth.date}, ${skewText} after the server's clock (${formatBasic(now)}); ${service.title} accepts ${window} minutes.`,
      fix: "The client's clock is fast: sync it (NTP), and check the time zone is not applied twice (X-Amz-Date is UTC).",
    };
  }
  return pass(`Request date ${auth.date} is within ${window} min of the server clock ${formatBasic(now)}.`);
};

function describeSkew(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return [h ? `${h} h` : "", m ? `${m} min` : "", sec || (!h && !m) ? `${sec} s` : ""].filter(Boolean).join(" ");
}
