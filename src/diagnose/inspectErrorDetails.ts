import { parseAmzDate } from "../lab/sigv4/parseAmzDate.ts";
import { describeAccessKey } from "./describeAccessKey.ts";
import { describeDuration } from "./describeDuration.ts";
import type { Inspection } from "./inspectAuthorizationHeader.ts";
import type { ParsedError } from "./types.ts";

const SKEW = /Signature (expired|not yet current): (\d{8}T\d{6}Z) is (?:now earlier|still later) than \d{8}T\d{6}Z \((\d{8}T\d{6}Z) [-+] (\d+) min\.\)/;

const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;

/** `2024-05-01T10:00:00Z` (S3's ServerTime), `20240501T100000Z`, or an HTTP date (`Sat, 12 Feb 2022 09:37:03 GMT`). */
function parseTime(s: string): Date | null {
  const amz = parseAmzDate(s.trim().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z"));
  if (amz) return amz;
  if (!/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(s.trim())) return null;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * What an error's own details say: the clock offset inside "Signature expired: … (… - 15 min.)" or S3's
 * RequestTime/ServerTime, how long ago a presigned URL expired (Expires/ServerTime), the key S3 did not know.
 */
export function inspectErrorDetails(error: ParsedError, extras: Record<string, string>): Inspection {
  const facts: Inspection["facts"] = [];
  const hints: Inspection["hints"] = [];
  const skewText = error.message ? SKEW.exec(error.message) : null;
  const request = skewText ? parseAmzDate(skewText[2]!) : extras.RequestTime ? parseTime(extras.RequestTime) : null;
  const server = skewText ? parseAmzDate(skewText[3]!) : extras.ServerTime ? parseTime(extras.ServerTime) : null;
  if (request && server && (skewText || extras.RequestTime)) {
    const offset = request.getTime() - server.getTime();
    facts.push({ label: "Request time", value: skewText ? skewText[2]! : extras.RequestTime! }, { label: "AWS's time", value: skewText ? skewText[3]! : extras.ServerTime! });
    if (skewText) facts.push({ label: "Allowed skew", value: `${skewText[4]} min` });
    hints.push({
      severity: "info",
      text: `The request was dated ${describeDuration(offset)} ${offset < 0 ? "behind" : "ahead of"} AWS's clock: the sending machine's clock is ${offset < 0 ? "slow" : "fast"} (or the request was signed long before it was sent).`,
      faults: [offset < 0 ? "clock-skew-behind" : "clock-skew-ahead"],
      causes: [offset < 0 ? "clock-behind" : "clock-ahead", "skewed-clock"],
      // Off by more than 15 minutes: every service would refuse it, so the 5-minute window is not the story.
      ...(Math.abs(offset) > FIFTEEN_MINUTES_MS ? { demote: ["five-minute-window"] } : {}),
    });
    if (skewText?.[4] === "5" && Math.abs(offset) <= FIFTEEN_MINUTES_MS) {
      hints.push({ severity: "info", text: "Off by less than 15 minutes, and refused by a service with a 5-minute window: most services would have accepted it. The clock is still the thing to fix." });
    }
  }
  if (extras.Expires && extras.ServerTime) {
    const end = parseTime(extras.Expires);
    const now = parseTime(extras.ServerTime);
    facts.push({ label: "Expired at", value: extras.Expires }, { label: "AWS's time", value: extras.ServerTime });
    if (end && now && now > end) {
      hints.push({ severity: "info", text: `AWS received the URL ${describeDuration(now.getTime() - end.getTime())} after it expired.`, faults: ["presign-expired"] });
    }
  }
  if (extras["X-Amz-Expires"]) facts.push({ label: "X-Amz-Expires", value: `${extras["X-Amz-Expires"]} s` });
  if (extras.AWSAccessKeyId) {
    const key = describeAccessKey(extras.AWSAccessKeyId);
    facts.push({ label: "Access key ID", value: `${extras.AWSAccessKeyId} (${key.text})` });
    if (key.kind === "temporary") {
      hints.push({
        severity: "warning",
        text: `AWS names the key ${extras.AWSAccessKeyId}: an ASIA key is temporary, and AWS knows it only together with its session token. Was the token sent?`,
        causes: ["asia-key-without-token"],
      });
    } else if (key.kind === "not-aws") {
      hints.push({ severity: "info", text: `AWS names the key '${extras.AWSAccessKeyId}': ${key.text}.`, causes: ["s3-compatible-store-keys"] });
    }
  }
  if (extras.Region) facts.push({ label: "Region AWS expects", value: extras.Region });
  if (extras.HeadersNotSigned) facts.push({ label: "Headers not signed", value: extras.HeadersNotSigned });
  if (extras.SignatureProvided) facts.push({ label: "Signature provided", value: extras.SignatureProvided });
  if (extras.StringToSign) facts.push({ label: "String to sign (AWS's)", value: extras.StringToSign });
  return { facts, hints };
}
