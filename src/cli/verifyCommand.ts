import { readFileSync, statSync } from "node:fs";
import { answerRequest, createDefaultWorld, inferEndpoint, MAX_REQUEST_TEXT_CHARS, parseRawRequest, serializeResponse, sha256Hex } from "../lab/index.ts";
import type { Endpoint, LabRequest, LabResponse, Verdict, World } from "../lab/index.ts";
import { parseVerifyArgs, VERIFY_USAGE } from "./parseVerifyArgs.ts";
import type { VerifyArgs } from "./parseVerifyArgs.ts";
import { formatVerdict } from "./formatVerdict.ts";
import { escapeForTerminal, formatProblemLine } from "./escapeForTerminal.ts";

export interface VerifyReport {
  file: string;
  endpoint: Endpoint;
  verdict: Verdict;
  response: LabResponse;
}

/** The file's bytes, or null when it is larger than a request the lab reads (checked before reading it all in). */
function readInput(file: string): Uint8Array | null {
  if (file !== "-" && statSync(file).size > MAX_REQUEST_TEXT_CHARS) return null;
  const bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  return bytes.length > MAX_REQUEST_TEXT_CHARS ? null : bytes;
}

function worldFor(args: VerifyArgs, now: Date): World {
  const world = createDefaultWorld(now);
  if (args.identity) {
    world.identities.unshift({
      ...args.identity,
      kind: args.identity.sessionToken ? "temporary" : "long-term",
      status: "active",
      ...(args.identity.sessionToken ? { expiresAt: "9999-12-31T23:59:59Z", tokenVersion: 2 as const } : {}),
    });
  }
  return world;
}

/** Verifies one request as received and renders AWS's answer. */
export function verifyOne(file: string, bytes: Uint8Array, request: LabRequest, args: VerifyArgs, now: Date): VerifyReport {
  const inferred = inferEndpoint(request, { service: args.service, region: args.region });
  const endpoint: Endpoint = {
    service: inferred.service,
    region: inferred.region,
    mode: args.mode,
    ...(inferred.signingName ? { signingName: inferred.signingName } : {}),
    ...(args.normalize ? {} : { normalizePath: false }),
  };
  const { verdict, response } = answerRequest(request, endpoint, worldFor(args, now), sha256Hex(bytes));
  return { file, endpoint, verdict, response };
}

function toJson(report: VerifyReport): string {
  const { verdict, response } = report;
  // JSON.stringify escapes C0 controls; DEL and C1 (an 8-bit CSI is 0x9b) are escaped here, still valid JSON.
  return jsonWithoutControls({
    file: report.file,
    service: report.endpoint.signingName ?? report.endpoint.service,
    region: report.endpoint.region,
    outcome: verdict.outcome,
    status: verdict.status,
    message: verdict.message,
    failedCheck: verdict.failedCheck,
    catalogueId: verdict.catalogueId,
    canonicalRequest: verdict.server.canonicalRequest ?? null,
    stringToSign: verdict.server.stringToSign ?? null,
    signature: verdict.server.signature ?? null,
    explanation: verdict.explanation,
    response: { status: response.status, headers: response.headers, body: response.body },
    checks: verdict.checks,
  });
}

function jsonWithoutControls(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `sigfix verify`: exit 0 for any verdict, 2 for unusable input (one line naming the file and the problem). */
export function verifyCommand(argv: string[], out: (line: string) => void, err: (line: string) => void, clock: () => Date): number {
  const parsed = parseVerifyArgs(argv);
  if (!parsed.ok) {
    err(formatProblemLine(`sigfix verify: ${parsed.error}`));
    err(VERIFY_USAGE);
    return 2;
  }
  const { args } = parsed;
  const now = args.now ?? clock();
  let status = 0;
  for (const file of args.files) {
    const name = file === "-" ? "<stdin>" : file;
    let bytes: Uint8Array | null;
    try {
      bytes = readInput(file);
    } catch (error) {
      err(formatProblemLine(`${name}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      status = 2;
      continue;
    }
    if (bytes === null) {
      err(formatProblemLine(`${name}: too large: sigfix verify reads requests up to ${MAX_REQUEST_TEXT_CHARS} bytes (a 1 MiB body and its head), as the playground does.`));
      status = 2;
      continue;
    }
    const request = parseRawRequest(bytes);
    if (!request.ok) {
      err(formatProblemLine(`${name}: not an HTTP request: ${request.error}${request.line ? ` (line ${request.line})` : ""}`));
      status = 2;
      continue;
    }
    const report = verifyOne(name, bytes, request.request, args, now);
    out(args.json ? toJson(report) : escapeForTerminal(formatVerdict(report, serializeResponse(report.response)), { keepLineFeeds: true }));
  }
  return status;
}
