import { parseAmzDate } from "../lab/sigv4/parseAmzDate.ts";
import { formatAmzDate } from "../lab/sigv4/formatAmzDate.ts";
import { describeAccessKey } from "./describeAccessKey.ts";
import { describeDuration } from "./describeDuration.ts";
import { isRegionName, parseAwsHost } from "./parseAwsHost.ts";
import type { Credential } from "./parseCredential.ts";
import type { Fact, Hint } from "./types.ts";

export interface ScopeInput {
  credential: Credential;
  /** The request's `X-Amz-Date`, when the pasted text carries it. */
  amzDate?: string;
  host?: string;
  tokenPresent: boolean;
  /** True when the token's absence is certain (a whole URL), false when the reader may have pasted only part. */
  tokenAbsenceCertain: boolean;
  now: Date;
  /** Presigned URLs are signed long before use: only a date in the future says something about the clock. */
  skew: "both" | "ahead-only";
}

/** Endpoint prefixes that equal the signing name, so a difference is surely a wrong service in the scope. */
const SAME_NAME_SERVICES = new Set(["dynamodb", "sts", "iam", "s3", "lambda", "kinesis", "kms", "sqs", "ec2"]);
/** The smallest window any service allows (Lambda, Kinesis, KMS…); most allow 15 minutes. */
const SMALLEST_SKEW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The checks an Authorization header and a presigned URL share: key, scope, dates, token. */
export function checkCredentialScope(input: ScopeInput): { facts: Fact[]; hints: Hint[] } {
  const { credential: c, now } = input;
  const facts: Fact[] = [];
  const hints: Hint[] = [];
  const key = describeAccessKey(c.keyId);
  facts.push({ label: "Access key ID", value: `${c.keyId} (${key.text})` });
  facts.push({ label: "Scope date", value: c.date }, { label: "Region", value: c.region }, { label: "Service", value: c.service });
  facts.push({ label: "Session token", value: input.tokenPresent ? "present (X-Amz-Security-Token)" : "none in what you pasted" });

  if (c.parts.length !== 5) {
    hints.push({
      severity: "problem",
      text: `The credential has ${c.parts.length} slash-separated parts; AWS wants exactly five: key ID/date/region/service/aws4_request.`,
      message:
        c.service === "s3" || c.parts.includes("s3")
          ? 'The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
          : `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${c.parts.join("/")}'`,
    });
  }
  if (key.kind === "suspect") {
    const swapped = key.text.includes("swapped");
    hints.push({ severity: "problem", text: `The access key ID ${key.text}.`, faults: [swapped ? "key-and-secret-swapped" : "whitespace-in-key"] });
  }
  if (key.kind === "not-aws") {
    hints.push({ severity: "info", text: `The access key ID '${c.keyId}' is ${key.text}.`, causes: ["s3-compatible-store-keys"] });
  }
  if (key.kind === "temporary" && !input.tokenPresent) {
    hints.push({
      severity: input.tokenAbsenceCertain ? "problem" : "warning",
      text: input.tokenAbsenceCertain
        ? "An ASIA (temporary) key without X-Amz-Security-Token: AWS cannot know this key without its session token."
        : "An ASIA (temporary) key, and no X-Amz-Security-Token in what you pasted: if the request carried none, AWS does not know the key.",
      faults: ["asia-key-without-token"],
    });
  }
  if (key.kind === "long-term" && input.tokenPresent) {
    hints.push({
      severity: "warning",
      text: "A long-term AKIA key sent with a session token: the token belongs to other credentials (a stale AWS_SESSION_TOKEN?), so AWS cannot use it.",
      faults: ["stale-session-token"],
    });
  }
  if (c.terminator && c.terminator !== "aws4_request") {
    hints.push({
      severity: "problem",
      text: `The scope ends with '${c.terminator}' instead of 'aws4_request'.`,
      message: `Credential should be scoped with a valid terminator: 'aws4_request', not '${c.terminator}'. `,
    });
  }
  if (c.region && !isRegionName(c.region)) {
    hints.push({ severity: "warning", text: `'${c.region}' is not a region name (such as eu-west-1): an availability zone, a typo or a placeholder?`, faults: ["wrong-region"] });
  }
  const host = input.host ? parseAwsHost(input.host) : {};
  if (input.host) facts.push({ label: "Host", value: input.host });
  if (host.region && c.region && host.region !== c.region && isRegionName(c.region)) {
    hints.push({ severity: "problem", text: `Signed for region ${c.region}, but sent to ${input.host} (region ${host.region}).`, faults: ["wrong-region"] });
  }
  if (host.service && SAME_NAME_SERVICES.has(host.service) && c.service && host.service !== c.service) {
    hints.push({ severity: "problem", text: `Signed for service '${c.service}', but sent to ${input.host} ('${host.service}').`, faults: ["wrong-service"] });
  }

  const signed = input.amzDate !== undefined ? parseAmzDate(input.amzDate) : null;
  if (input.amzDate !== undefined) facts.push({ label: "X-Amz-Date", value: input.amzDate });
  if (signed) {
    const day = formatAmzDate(signed).shortDate;
    if (c.date && c.date !== day) {
      hints.push({
        severity: "problem",
        text: `The scope date ${c.date} is not the day of X-Amz-Date ${input.amzDate}: both must come from the same clock reading (a signature made around midnight?).`,
        message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${c.date}' != '${day}', from '${input.amzDate}'.`,
      });
    }
    const offset = signed.getTime() - now.getTime();
    if (Math.abs(offset) > SMALLEST_SKEW_MS && (input.skew === "both" || offset > 0)) {
      const ahead = offset > 0;
      hints.push({
        severity: "warning",
        text: `X-Amz-Date is ${describeDuration(offset)} ${ahead ? "ahead of" : "behind"} this computer's clock. If the request was sent just now, the sender's clock is ${ahead ? "fast" : "slow"}: AWS refuses requests more than 5 or 15 minutes off, depending on the service.`,
        faults: [ahead ? "clock-skew-ahead" : "clock-skew-behind"],
      });
    }
  } else if (/^\d{8}$/.test(c.date)) {
    const scopeDay = parseAmzDate(`${c.date}T000000Z`);
    const today = parseAmzDate(`${formatAmzDate(now).shortDate}T000000Z`)!;
    if (!scopeDay) {
      hints.push({ severity: "problem", text: `The scope date '${c.date}' is not a calendar date.` });
    } else if (Math.abs(scopeDay.getTime() - today.getTime()) > DAY_MS) {
      const days = Math.round((scopeDay.getTime() - today.getTime()) / DAY_MS);
      hints.push({
        severity: "warning",
        text: `The scope date is ${Math.abs(days)} days ${days < 0 ? "before" : "after"} today (UTC). Fine for an old log; a request sent today must be signed with today's date.`,
        faults: [days < 0 ? "clock-skew-behind" : "clock-skew-ahead"],
      });
    }
  } else if (c.date) {
    hints.push({ severity: "problem", text: `The scope date '${c.date}' is not in the form YYYYMMDD.` });
  }
  return { facts, hints };
}
