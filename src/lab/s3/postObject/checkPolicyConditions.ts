import { formatCondition } from "./formatCondition.ts";
import { POST_ERRORS, type PostError } from "./postObjectErrors.ts";
import type { PostForm } from "./types.ts";

/** What a condition is checked against besides the form: the bucket from the URL and the file's size. */
export interface ConditionInputs {
  bucket: string;
  fileSize: number;
}

export interface ConditionFailure {
  error: PostError;
  /** The condition as S3 quotes it. */
  condition: string;
  /** Plain words: the value that did not satisfy it. */
  found: string;
}

/**
 * Checks the policy's conditions in order, as S3 does (sigv4-HTTPPOSTConstructPolicy), and returns the first that
 * fails:
 * - `{"name": "value"}` and `["eq", "$name", "value"]`: exact, case-sensitive value; the name is case-insensitive
 *   (`$success_Action_REDIRECT` matches, localstack's AWS-recorded snapshot);
 * - `["starts-with", "$name", "prefix"]`: "" accepts any value, but the field must be sent: a condition on a field the
 *   form lacks fails (https://github.com/waynehoover/s3_direct_upload/issues/107, https://github.com/tj/node-s3-policy/pull/8);
 * - `["content-length-range", min, max]`: the file's byte count, numbers or numeric strings; a bound that is not a
 *   number fails as a condition (AWS-recorded: `["content-length-range", "test", "10"]`);
 * - `bucket` is the bucket the URL addresses; a name without `$` in eq/starts-with never matches (AWS-recorded).
 * A simple condition with more than one property, or a value that is not a string, is an invalid policy document.
 */
export function checkPolicyConditions(conditions: unknown[], form: PostForm, inputs: ConditionInputs): ConditionFailure | null {
  for (const condition of conditions) {
    const failure = checkOne(condition, form, inputs);
    if (failure) return failure;
  }
  return null;
}

function checkOne(condition: unknown, form: PostForm, inputs: ConditionInputs): ConditionFailure | null {
  const text = formatCondition(condition);
  const failed = (found: string): ConditionFailure => ({ error: POST_ERRORS.conditionFailed(text), condition: text, found });
  if (Array.isArray(condition)) {
    const [op, a, b] = condition as unknown[];
    const operator = typeof op === "string" ? op.toLowerCase() : "";
    if (operator === "content-length-range" && condition.length === 3) return checkLength(a, b, inputs.fileSize, text);
    if ((operator === "eq" || operator === "starts-with") && condition.length === 3 && typeof a === "string" && typeof b === "string") {
      if (!a.startsWith("$")) return failed(`\`${a}\` does not start with \`$\`, so it names no form field.`);
      const value = lookUp(a.slice(1), form, inputs);
      if (value === undefined) return failed(`The form has no \`${a.slice(1)}\` field.`);
      const ok = operator === "eq" ? value === b : value.startsWith(b);
      return ok ? null : failed(`\`${a.slice(1)}\` is \`${value}\`.`);
    }
    return failed("S3 knows no such condition (eq, starts-with and content-length-range, with two arguments).");
  }
  if (typeof condition === "object" && condition !== null) {
    const entries = Object.entries(condition);
    if (entries.length !== 1) return { error: POST_ERRORS.simpleConditionShape(), condition: text, found: `${entries.length} properties in one condition.` };
    const [name, expected] = entries[0]!;
    if (typeof expected !== "string") return { error: POST_ERRORS.invalidJson(), condition: text, found: `\`${name}\` has a ${expected === null ? "null" : typeof expected} value.` };
    const value = lookUp(name, form, inputs);
    if (value === undefined) return failed(`The form has no \`${name}\` field.`);
    return value === expected ? null : failed(`\`${name}\` is \`${value}\`.`);
  }
  return { error: POST_ERRORS.invalidJson(), condition: text, found: "A condition that is neither an array nor an object." };
}

function lookUp(name: string, form: PostForm, inputs: ConditionInputs): string | undefined {
  const lower = name.toLowerCase();
  return lower === "bucket" ? inputs.bucket : form.byName.get(lower);
}

function checkLength(min: unknown, max: unknown, size: number, text: string): ConditionFailure | null {
  const lo = toInteger(min);
  const hi = toInteger(max);
  if (lo === null || hi === null) return { error: POST_ERRORS.conditionFailed(text), condition: text, found: "A bound is not a whole number." };
  if (size < lo) return { error: POST_ERRORS.tooSmall(size, lo), condition: text, found: `The file has ${size} bytes; the policy allows at least ${lo}.` };
  if (size > hi) return { error: POST_ERRORS.tooLarge(size, hi), condition: text, found: `The file has ${size} bytes; the policy allows at most ${hi}.` };
  return null;
}

function toInteger(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== "string" || value === "" || value.length > 16) return null;
  for (const c of value) if (c < "0" || c > "9") return null;
  return Number(value);
}
