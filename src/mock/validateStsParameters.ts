import { STS_DURATION, STS_STRING_RULES } from "./stsParameterRules.ts";
import type { StringRule } from "./stsParameterRules.ts";

export type StsIssueOperation = keyof typeof STS_DURATION;

/**
 * STS's input validation, as its `ValidationError` words it: one clause per failed constraint, pattern before
 * length, joined by "; " behind "N validation error(s) detected: ". Wording from AWS's own answers:
 * - pattern: «Value 'PowerUser/hjacobs' at 'roleSessionName' failed to satisfy constraint: Member must satisfy
 *   regular expression pattern: [\w+=,.@-]*» (zalando-stups/aws-credentials-service#7);
 * - length, and two errors for one value: «2 validation errors detected: Value '' at 'roleArn' failed to satisfy
 *   constraint: Member must satisfy regular expression pattern: […]+; Value '' at 'roleArn' failed to satisfy
 *   constraint: Member must have length greater than or equal to 20» (newscorpaus/consigliere#18); «…Member must
 *   have length less than or equal to 64» (youyo/awslogin#20);
 * - missing: «1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member
 *   must not be null» (aws/aws-sdk-cpp#1252).
 * Echoed values are made safe for any body: characters XML cannot carry become U+FFFD.
 */
export function validateStsParameters(operation: StsIssueOperation, params: URLSearchParams): { errors: string[]; durationSeconds: number } {
  const errors: string[] = [];
  for (const r of STS_STRING_RULES[operation] as readonly StringRule[]) {
    const value = params.get(r.param);
    if (value === null) {
      if (r.required) errors.push(`Value null at '${r.member}' failed to satisfy constraint: Member must not be null`);
      continue;
    }
    const at = `Value '${toXmlSafe(value)}' at '${r.member}' failed to satisfy constraint: Member must`;
    const matches = r.whole ? r.whole.test(value) : matchesAll(value, r.allowed, r.pattern.endsWith("+"));
    if (!matches) errors.push(`${at} satisfy regular expression pattern: ${r.pattern}`);
    const length = countCodePoints(value, r.max);
    if (length < r.min) errors.push(`${at} have length greater than or equal to ${r.min}`);
    if (r.max !== undefined && length > r.max) errors.push(`${at} have length less than or equal to ${r.max}`);
  }
  const bounds = STS_DURATION[operation];
  const given = params.get("DurationSeconds");
  let durationSeconds: number = bounds.fallback;
  if (given !== null) {
    const at = `Value '${toXmlSafe(given)}' at 'durationSeconds' failed to satisfy constraint: Member must`;
    durationSeconds = Number(given);
    if (!isDigits(given)) errors.push(`${at} be a number`);
    else if (durationSeconds < bounds.min) errors.push(`${at} have value greater than or equal to ${bounds.min}`);
    else if (durationSeconds > bounds.max) errors.push(`${at} have value less than or equal to ${bounds.max}`);
  }
  return { errors, durationSeconds };
}

/** The message of a ValidationError made of these clauses. */
export function formatValidationErrors(errors: string[]): string {
  return `${errors.length} validation error${errors.length === 1 ? "" : "s"} detected: ${errors.join("; ")}`;
}

function matchesAll(value: string, allowed: (c: number) => boolean, nonEmpty: boolean): boolean {
  if (nonEmpty && value === "") return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!allowed(c)) return false;
  }
  return true;
}

/** Code points, not UTF-16 units, as AWS counts; a value over twice the limit is too long either way. */
function countCodePoints(value: string, max = Infinity): number {
  if (value.length > 2 * max) return value.length;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function isDigits(value: string): boolean {
  if (value === "") return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Replaces what XML 1.0 cannot carry (NUL and other C0 controls, lone surrogates, U+FFFE/F) with U+FFFD. */
const XML_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function toXmlSafe(value: string): string {
  if (!XML_UNSAFE.test(value)) return value;
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue; // the common case, one comparison pair
    const ok = c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0xe000 && c <= 0xfffd);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (ok) continue;
    pieces.push(value.slice(from, i), "\ufffd");
    from = i + 1;
  }
  return from === 0 ? value : pieces.join("") + value.slice(from);
}
