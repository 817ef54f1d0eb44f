import { getPastedHeader, getPastedStatus } from "./getPastedHeader.ts";
import type { ParsedError } from "./types.ts";

/** botocore's reading of a code: the text before `:` (a URL may follow), then after `#` (a namespace may precede). */
export function cleanErrorCode(raw: string): string {
  const beforeColon = raw.split(":")[0]!.trim();
  return beforeColon.includes("#") ? beforeColon.slice(beforeColon.lastIndexOf("#") + 1) : beforeColon;
}

function parseObject(text: string): Record<string, unknown> | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return null;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const stringField = (o: Record<string, unknown> | null, names: string[]) => {
  for (const name of names) if (typeof o?.[name] === "string") return o[name] as string;
  return undefined;
};

/** `__type: 'x'` or `"message": "…"` in text that is not valid JSON (a JS console dump, a truncated log line). */
function looseField(text: string, name: string): string | undefined {
  const m = new RegExp(`["']?${name}["']?\\s*:\\s*(["'])((?:\\\\.|(?!\\1)[^\\\\\\n])*)\\1`).exec(text);
  if (!m) return undefined;
  try {
    return m[1] === '"' ? (JSON.parse(`"${m[2]}"`) as string) : m[2]!.replace(/\\'/g, "'");
  } catch {
    return m[2];
  }
}

/**
 * An AWS JSON error: `{"__type":"…#Code","message":"…"}` (awsJson), or `{"message":"…"}` with the code in the
 * `x-amzn-ErrorType` header (restJson, API Gateway), which wins as it does in botocore. Null if none.
 */
export function parseJsonErrorBody(text: string): ParsedError | null {
  const object = parseObject(text);
  const errorType = getPastedHeader(text, "x-amzn-ErrorType");
  const rawCode = errorType ?? stringField(object, ["__type", "code", "Code"]) ?? (object ? undefined : looseField(text, "__type"));
  const message = stringField(object, ["message", "Message", "errorMessage"]) ?? (object ? undefined : looseField(text, "message"));
  if (rawCode === undefined && (message === undefined || object === null)) return null;
  const status = getPastedStatus(text);
  const requestId = getPastedHeader(text, "x-amzn-RequestId");
  return {
    format: errorType ? "rest-json" : "json",
    ...(rawCode !== undefined ? { code: cleanErrorCode(rawCode) } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
