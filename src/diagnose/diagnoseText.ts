import { ERROR_CODES } from "../lab/catalogue/errorCodes.ts";
import { extractCanonicalRequest } from "../lab/diff/extractCanonicalRequest.ts";
import { checkPastedText } from "./checkPastedText.ts";
import { findGuide } from "./findGuide.ts";
import { findKnownCodes, findKnownMessage } from "./findKnownMessage.ts";
import { normalizePaste } from "./normalizePaste.ts";
import { rankCauses } from "./rankCauses.ts";
import { RECOGNISERS } from "./recognisers/index.ts";
import { parseJsonErrorBody } from "./parseJsonErrorBody.ts";
import { parseSdkErrorLine } from "./parseSdkErrorLine.ts";
import { parseXmlErrorBody } from "./parseXmlErrorBody.ts";
import { resolveHint } from "./resolveHint.ts";
import type { Diagnosis, Fact, Finding, GuideIndex, GuideMatch, Hint, InputKind, ParsedError } from "./types.ts";

/** How each format is named to the reader. */
export const FORMAT_LABELS: Record<string, string> = {
  botocore: "an AWS CLI / boto3 error line",
  "go-v2": "a Go SDK v2 error",
  "java-v1": "a Java SDK v1 exception",
  "java-v2": "a Java SDK v2 exception",
  php: "a PHP SDK error",
  "name-message": "an SDK error line (Code: message)",
  json: "a JSON error body",
  "rest-json": "a REST-JSON error (x-amzn-ErrorType header)",
  "s3-xml": "an S3 XML error body",
  "query-xml": "a query-protocol XML error body",
  "ec2-xml": "an EC2 XML error body",
  xml: "an XML error body",
  message: "an AWS error message",
  code: "an AWS error code",
};

const SHOULD_HAVE_BEEN = "The Canonical String for this request should have been";

/** A known message, else a single known code, found anywhere in the text. */
function readKnownMessage(text: string, index: GuideIndex): ParsedError | null {
  const message = findKnownMessage(text, index);
  const found = findKnownCodes(text, index);
  if (message !== undefined) {
    const code = found.find((c) => findGuide({ code: c, message }, index)?.matchedBy === "code-and-message");
    return { format: "message", message, ...(code ? { code } : {}) };
  }
  if (found.length === 1) return { format: "code", code: found[0]! };
  return null;
}

/** The error in the text: the most complete of body and SDK line, gaps filled from the other; else a known message or code. */
function readError(text: string, index: GuideIndex): { error: ParsedError; kind: InputKind; extras: Record<string, string> } | null {
  const codes = new Set<string>([...ERROR_CODES, ...index.guides.flatMap((g) => g.responses.map((r) => r.code))]);
  const xml = parseXmlErrorBody(text);
  const json = xml ? null : parseJsonErrorBody(text);
  const line = parseSdkErrorLine(text, (name) => codes.has(name));
  const candidates: Array<[ParsedError, InputKind]> = [];
  if (xml) candidates.push([xml.error, "xml-body"]);
  if (json) candidates.push([json, "json-body"]);
  if (line) candidates.push([line, "sdk-error-line"]);
  const main = candidates.find(([e]) => e.code !== undefined && e.message !== undefined) ?? candidates[0];
  if (main) {
    const merged = candidates.reduce<ParsedError>((acc, [e]) => ({ ...e, ...acc }), main[0]);
    return { error: merged, kind: main[1], extras: xml?.extras ?? {} };
  }
  const known = readKnownMessage(text, index);
  return known ? { error: known, kind: "message", extras: {} } : null;
}

/** The final period tells two errors apart: say so when the guide quotes both variants. */
function periodFinding(error: ParsedError, guide: GuideMatch, index: GuideIndex): Finding | undefined {
  const message = error.message?.trimEnd();
  if (!message) return undefined;
  const twin = message.endsWith(".") ? message.slice(0, -1) : `${message}.`;
  const entry = index.guides.find((g) => g.slug === guide.slug);
  if (!entry?.responses.some((r) => r.message === twin)) return undefined;
  const ends = message.endsWith(".") ? "ends with a period" : "has no final period";
  return {
    severity: "info",
    text: `This message ${ends}. The guide quotes it both with and without the period, and the two are different failures: read the causes for this one.`,
  };
}

/**
 * Diagnoses pasted text: an SDK/CLI error line, a JSON or XML error body, an Authorization header or a presigned
 * URL (or several of these together), as people paste them (wrapped, behind logger prefixes, without code or final
 * period, in older wordings). Names the guide from the index alone and ranks its causes by what the paste shows.
 * `usedAt` is when the failing request was made (the ticket's time), against which a presigned URL's own dates are
 * judged. Never throws on input: empty, huge or binary text gives `status: "unusable"` with a message saying what
 * to paste instead.
 */
export function diagnoseText(text: string, ctx: { now: Date; guides: GuideIndex; usedAt?: Date }): Diagnosis {
  const usable = checkPastedText(text);
  if (!usable.ok) return { status: "unusable", kind: null, kinds: [], headline: usable.reason, findings: [], facts: [] };
  const input = normalizePaste(text);
  const kinds: InputKind[] = [];
  const facts: Fact[] = [];
  const hints: Hint[] = [];
  const read = readError(input, ctx.guides);
  if (read) kinds.push(read.kind);
  const paste = { text: input, now: ctx.now, ...(ctx.usedAt ? { usedAt: ctx.usedAt } : {}), ...(read ? { error: read.error } : {}), extras: read?.extras ?? {}, guides: ctx.guides };
  let error = read?.error;
  let fallback: ParsedError | undefined;
  for (const recogniser of RECOGNISERS) {
    const found = recogniser.recognise(paste);
    if (!found) continue;
    if (found.kind && !kinds.includes(found.kind)) kinds.push(found.kind);
    facts.push(...found.facts);
    hints.push(...found.hints);
    fallback ??= found.error;
  }
  let canonicalRequest: string | undefined;
  if (read?.extras.CanonicalRequest !== undefined) canonicalRequest = read.extras.CanonicalRequest;
  else if (read && input.includes(SHOULD_HAVE_BEEN)) canonicalRequest = extractCanonicalRequest(input.slice(input.indexOf(SHOULD_HAVE_BEEN)));

  // The error as read, else what its message says anywhere in the text, else another wording: the first that a guide knows.
  let guide = error ? findGuide(error, ctx.guides) : undefined;
  // A code alone is the weakest match: its message may say more, or sit where the reader missed it (a cut XML body).
  if (!guide || guide.matchedBy === "code") {
    const known = error ? readKnownMessage(input, ctx.guides) : null;
    for (const candidate of [known, fallback]) {
      const match = candidate ? findGuide(candidate, ctx.guides) : undefined;
      if (!match || (guide && match.matchedBy === "code")) continue;
      // The guide comes from the candidate; what was pasted stays as pasted (only its gaps are filled).
      [guide, error] = [match, { ...candidate!, ...error }];
      if (!kinds.length) kinds.push("message");
      break;
    }
  }
  if (!error && fallback) error = fallback;
  const findings = hints.map((hint) => resolveHint(hint, ctx.guides, guide?.slug));
  const leading = findings.find((f, i) => hints[i]!.leads && f.guide);
  if (leading?.guide && (!guide || guide.matchedBy === "code")) {
    const { slug, title } = leading.guide;
    guide = { slug, title, href: `/errors/${slug}/`, matchedBy: "finding", causes: [], related: [] };
  }
  if (guide) {
    const entry = ctx.guides.guides.find((g) => g.slug === guide!.slug)!;
    const ranked = rankCauses(entry, guide.causes, hints, error?.code);
    guide = { ...guide, causes: ranked.causes, ...(ranked.undecided ? { undecided: true } : {}) };
    if (ranked.undecided) {
      findings.push({
        severity: "info",
        text: `Nothing in what you pasted tells the first ${ranked.causes.length > 2 ? "causes" : "two causes"} apart; they are listed in the guide's order, most common first. Check each in turn.`,
      });
    }
    const period = error ? periodFinding(error, guide, ctx.guides) : undefined;
    if (period) findings.unshift(period);
  } else {
    const lead = findings.find((f) => f.severity === "problem" && f.guide) ?? findings.find((f) => f.severity === "warning" && f.guide);
    if (lead?.guide) {
      const { slug, title } = lead.guide;
      guide = { slug, title, href: `/errors/${slug}/`, matchedBy: "finding", causes: lead.guide.causeId ? [lead.guide] : [], related: [] };
    }
  }
  const header = kinds.includes("authorization-header");
  const url = kinds.includes("presigned-url");
  const what = error ? `${error.code ?? "(no code)"}${error.message !== undefined ? `: ${error.message.trim().split("\n")[0]}` : ""}` : "";
  const headline = error
    ? `Read ${FORMAT_LABELS[error.format] ?? "an AWS error"}: ${what}`
    : header || url
      ? `Read ${url ? "a presigned URL" : "an Authorization header"}${header && url ? " and an Authorization header" : ""}.`
      : "No AWS error, Authorization header or presigned URL recognised. Paste the error line as your SDK or CLI printed it, the raw response body, the Authorization header or the presigned URL.";
  const status = guide ? "found" : error || header || url ? "partial" : "unknown";
  return {
    status,
    kind: kinds[0] ?? null,
    kinds,
    headline,
    ...(error ? { error } : {}),
    ...(guide ? { guide } : {}),
    findings,
    facts,
    ...(canonicalRequest !== undefined ? { canonicalRequest } : {}),
  };
}
