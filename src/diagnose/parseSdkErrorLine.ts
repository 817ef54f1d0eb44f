import type { ParsedError } from "./types.ts";

const BOTOCORE = /An error occurred \(([^)\n]*)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?: ?(.*)/;
const GO_V2 = /api error ([A-Za-z][A-Za-z0-9.]*): ?(.*)/;
const JAVA_V1 = /\(Service: ([^;\n]*); Status Code: (\d+); Error Code: ([^;\n]*); Request ID: ([^;)\n]*)/;
const JAVA_V2 = /\(Service: ([^,;\n]*), Status Code: (\d+), Request ID: ([^,)\n]*)/;
const PHP = /\b([A-Z][A-Za-z0-9]+) \((?:client|server)\): (.*?)(?: - <|$)/m;
/** `Name: message`, the name maybe qualified (`Aws::STS::Errors::X`, `com.amazonaws.….XException`). */
const NAMED = /(?:^|[\s"'(\[])((?:[A-Za-z_$][\w$]*(?:\.|::))*([A-Z][A-Za-z0-9]*))\s*:\s+(\S.*)$/gm;

/** The text before ` (Service: …` on its line, without the exception class in front. */
function javaMessage(text: string, at: number): string {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const before = text.slice(lineStart, at).trimEnd();
  const m = /(?:^|\s)[\w.$]+(?:Exception|Error):(.*)$/.exec(before);
  return m ? m[1]!.trimStart() : before;
}

/**
 * An error as an SDK or CLI prints it: botocore/AWS CLI `An error occurred (Code) when calling the Op operation:
 * message`; Go v2 `operation error STS: Op, https response error StatusCode: 403, …, api error Code: message`;
 * Java v1 `…Exception: message (Service: …; Status Code: …; Error Code: …; Request ID: …)` and v2 (no code);
 * PHP `Code (client): message - <…`; JS, Go v1 and Ruby `Code: message`. Codes in the last, loose form are
 * accepted only if `isCode` says so, so `Error: connect ECONNREFUSED` is not taken for an AWS error.
 */
export function parseSdkErrorLine(text: string, isCode: (name: string) => boolean): ParsedError | null {
  const boto = BOTOCORE.exec(text);
  if (boto) {
    const [, codeOrStatus, operation, message] = boto as unknown as [string, string, string, string];
    // botocore names a HEAD request's error by its HTTP status: `An error occurred (403) … Forbidden`.
    const numeric = /^\d{3}$/.test(codeOrStatus);
    return { format: "botocore", operation, message, ...(numeric ? { status: Number(codeOrStatus) } : { code: codeOrStatus }) };
  }
  const go = GO_V2.exec(text);
  if (go) {
    const head = /operation error ([^:\n]+): (\w+)/.exec(text);
    const status = /StatusCode: (\d{3})/.exec(text);
    const requestId = /RequestID: ([\w-]+)/.exec(text);
    return {
      format: "go-v2",
      code: go[1]!,
      message: go[2]!,
      ...(head ? { service: head[1]!, operation: head[2]! } : {}),
      ...(status ? { status: Number(status[1]) } : {}),
      ...(requestId ? { requestId: requestId[1]! } : {}),
    };
  }
  const j1 = JAVA_V1.exec(text);
  if (j1) {
    return { format: "java-v1", code: j1[3]!.trim(), message: javaMessage(text, j1.index), service: j1[1]!, status: Number(j1[2]), requestId: j1[4]!.trim() };
  }
  const j2 = JAVA_V2.exec(text);
  if (j2) return { format: "java-v2", message: javaMessage(text, j2.index), service: j2[1]!, status: Number(j2[2]), requestId: j2[3]!.trim() };
  const php = PHP.exec(text);
  if (php && isCode(php[1]!)) return { format: "php", code: php[1]!, message: php[2]! };
  for (const m of text.matchAll(NAMED)) {
    const [, , name, rest] = m as unknown as [string, string, string, string];
    if (!isCode(name)) continue;
    const status = /status code: (\d{3})/i.exec(text);
    return { format: "name-message", code: name, message: rest, ...(status ? { status: Number(status[1]) } : {}) };
  }
  return null;
}
