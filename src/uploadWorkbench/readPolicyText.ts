import { MAX_POLICY_CHARS } from "../lab/index.ts";
import { fromBase64, toBase64 } from "./base64.ts";

/** The `policy` field the form will carry, the JSON it decodes to (for the page), and what is wrong with it. */
export interface PolicyField {
  field: string;
  json: string;
  problem: string | null;
}

const utf8 = new TextEncoder();

/** Why `text` is not JSON, in one sentence, or null when it parses. */
function jsonProblem(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? null : "it is JSON but not an object ({ \"expiration\": …, \"conditions\": […] })";
  } catch (error) {
    return `it is not JSON (${error instanceof Error ? error.message.slice(0, 120) : "a syntax error"})`;
  }
}

/**
 * The reader's policy text: JSON (base64-encoded here, as an SDK does) or the policy field's base64 text as is.
 * Bad input is reported and still sent as the reader wrote it: S3 judges the bytes, and the page says why.
 */
export function readPolicyText(raw: string): PolicyField {
  const text = raw.trim();
  if (text.length > MAX_POLICY_CHARS) {
    const cut = text.slice(0, MAX_POLICY_CHARS);
    return { field: toBase64(utf8.encode(cut)), json: cut, problem: `The policy is ${text.length} characters, over the ${MAX_POLICY_CHARS} the workbench reads: only the first ${MAX_POLICY_CHARS} are sent.` };
  }
  if (text.startsWith("{") || text.startsWith("[")) {
    const problem = jsonProblem(text);
    return { field: toBase64(utf8.encode(text)), json: text, problem: problem ? `The policy you wrote: ${problem}. It is sent as written; S3 cannot read it.` : null };
  }
  const bytes = fromBase64(text);
  if (bytes === null) return { field: text, json: "", problem: "The policy field is neither JSON nor base64: S3 decodes the policy field as base64. Paste the JSON, or the base64 an SDK produced." };
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { field: text, json: "", problem: "The policy field is base64, but it does not decode to UTF-8 text: S3 expects base64-encoded JSON." };
  }
  const problem = jsonProblem(decoded);
  return { field: text, json: decoded, problem: problem ? `The policy field is base64, but what it decodes to: ${problem}.` : null };
}
