import { alignByKey } from "./alignByKey.ts";
import { extractCanonicalRequest } from "./extractCanonicalRequest.ts";
import { getCharDiff } from "./getCharDiff.ts";
import type { CharDiff } from "./getCharDiff.ts";

/** The part of a canonical request a line belongs to. `line` when the text is not a canonical request. */
export type CanonicalPart = "method" | "path" | "query" | "header" | "separator" | "signedHeaders" | "payloadHash" | "line";

export interface CanonicalDiffLine {
  part: CanonicalPart;
  /** Header lines: the (lowercase) header name. */
  header?: string;
  status: "same" | "changed" | "onlyOurs" | "onlyTheirs";
  ours: string | null;
  theirs: string | null;
  /** Changed lines: common prefix and suffix, and each side's differing middle. */
  chars?: CharDiff;
  /** What the difference most likely is, in plain words. */
  note?: string;
}

export interface CanonicalDiff {
  same: boolean;
  /** Both canonical requests as compared (after extraction from a pasted error). */
  ours: string;
  theirs: string;
  lines: CanonicalDiffLine[];
  /** One label per differing part, in canonical-request order: `path`, `header x-amz-date`, `payload hash`… */
  differences: string[];
}

interface Parsed {
  head: string[];
  headers: string[];
  tail: string[];
}

/** method, path, query, header lines…, "", signed headers, payload hash — or null if the text has not that shape. */
function parse(text: string): Parsed | null {
  const lines = text.split("\n");
  if (lines.length < 6 || lines[lines.length - 3] !== "") return null;
  return { head: lines.slice(0, 3), headers: lines.slice(3, lines.length - 3), tail: lines.slice(lines.length - 2) };
}

const headerName = (line: string) => line.slice(0, Math.max(line.indexOf(":"), 0)) || line;

function noteFor(part: CanonicalPart, ours: string, theirs: string): string | undefined {
  const chars = getCharDiff(ours, theirs);
  if (part === "method") return "The HTTP method differs.";
  if (part === "path" || part === "query") {
    if (ours.replace(/%25/g, "%") === theirs.replace(/%25/g, "%")) {
      const twice = ours.includes("%25") ? "ours" : "theirs";
      return `Encoded twice on ${twice === "ours" ? "our" : "their"} side: AWS encodes the path again for every service but S3.`;
    }
    if (part === "query" && ours.split("&").sort().join("&") === theirs.split("&").sort().join("&")) {
      return "Same parameters in another order: sort by encoded name, then value.";
    }
    if (/%[0-9A-F]{2}/i.test(chars.ours + chars.theirs) || /[+ ]/.test(chars.ours + chars.theirs)) {
      return "Percent-encoding differs: encode everything but A-Z a-z 0-9 - _ . ~ (a space is %20, `+` is %2B).";
    }
    return part === "path" ? "The path differs." : "The query string differs.";
  }
  if (part === "header") {
    if (ours.trim() === theirs.trim() || ours.replace(/\s+/g, " ") === theirs.replace(/\s+/g, " ")) {
      return "Whitespace differs: trim header values and fold inner runs of spaces to one.";
    }
    return "The header's value differs: something changed it after signing, or it was signed with another value.";
  }
  if (part === "signedHeaders") return "The list of signed headers differs.";
  if (part === "payloadHash") return "The payload hash differs: the body changed, or one side used UNSIGNED-PAYLOAD.";
  return undefined;
}

function line(part: CanonicalPart, ours: string | null, theirs: string | null, header?: string): CanonicalDiffLine {
  const base = { part, ours, theirs, ...(header !== undefined ? { header } : {}) };
  if (ours !== null && theirs !== null) {
    if (ours === theirs) return { ...base, status: "same" };
    const note = noteFor(part, ours, theirs);
    return { ...base, status: "changed", chars: getCharDiff(ours, theirs), ...(note ? { note } : {}) };
  }
  const side = ours !== null ? "onlyOurs" : "onlyTheirs";
  const note = part === "header" ? `Header \`${header}\` is signed on ${ours !== null ? "our" : "their"} side only.` : undefined;
  return { ...base, status: side, ...(note ? { note } : {}) };
}

const LABELS: Record<CanonicalPart, string> = {
  method: "method",
  path: "path",
  query: "query",
  header: "header",
  separator: "blank line after headers",
  signedHeaders: "signed headers",
  payloadHash: "payload hash",
  line: "line",
};

/**
 * Compares two canonical requests (ours, and one pasted from an AWS error) line by line and character by
 * character, naming the part of the canonical request each difference sits in. Headers are matched by name.
 */
export function diffCanonicalRequests(ours: string, theirs: string): CanonicalDiff {
  const a = extractCanonicalRequest(ours);
  const b = extractCanonicalRequest(theirs);
  const pa = parse(a);
  const pb = parse(b);
  const lines: CanonicalDiffLine[] = [];
  if (pa && pb) {
    const headParts: CanonicalPart[] = ["method", "path", "query"];
    headParts.forEach((part, i) => lines.push(line(part, pa.head[i]!, pb.head[i]!)));
    for (const [i, j] of alignByKey(pa.headers, pb.headers, headerName, { pairRuns: false })) {
      const o = i === null ? null : pa.headers[i]!;
      const t = j === null ? null : pb.headers[j]!;
      lines.push(line("header", o, t, headerName((o ?? t)!).toLowerCase()));
    }
    lines.push(line("separator", "", ""));
    lines.push(line("signedHeaders", pa.tail[0]!, pb.tail[0]!));
    lines.push(line("payloadHash", pa.tail[1]!, pb.tail[1]!));
  } else {
    const la = a.split("\n");
    const lb = b.split("\n");
    for (const [i, j] of alignByKey(la, lb, (s) => s)) lines.push(line("line", i === null ? null : la[i]!, j === null ? null : lb[j]!));
  }
  const differences = lines
    .filter((l) => l.status !== "same")
    .map((l) => (l.part === "header" ? `header ${l.header}` : l.part === "line" ? `line: ${l.ours ?? l.theirs}` : LABELS[l.part]));
  return { same: a === b, ours: a, theirs: b, lines, differences };
}
