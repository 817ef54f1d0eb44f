import { parseRawRequest } from "../../src/lab/request/parseRawRequest.ts";
import type { LabRequest } from "../../src/lab/types.ts";

/** A raw request a test writes by hand; a parse failure is a broken test, so it throws with the parser's words. */
export function parseRequest(text: string): LabRequest {
  const parsed = parseRawRequest(text);
  if (!parsed.ok) throw new Error(`test request does not parse: ${parsed.error}`);
  return parsed.request;
}
