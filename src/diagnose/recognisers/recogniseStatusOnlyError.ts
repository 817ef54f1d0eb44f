import type { GuideIndex, Hint } from "../types.ts";
import type { Recogniser } from "./types.ts";

/**
 * How SDKs print an S3 error that came without a body (every HEAD error, and some redirects): only the HTTP
 * status and its reason phrase. botocore: "An error occurred (301) when calling the HeadObject operation: Moved
 * Permanently" (run-llama/llama-hub#634, boto/botocore#1413); Java v1: "Status Code: 301; Error Code: 301 Moved
 * Permanently" (aws/aws-sdk-java#908); Go v2: "api error MovedPermanently: Moved Permanently"
 * (github-aws-runners/terraform-aws-github-runner#3654); a bare "Status: 307" (einaregilsson/beanstalk-deploy#36).
 */
const STATUS_LINES: Array<{ re: RegExp; status?: number }> = [
  { re: /An error occurred \((\d{3})\) when calling the \w+ operation/ },
  { re: /Status Code: (\d{3}); Error Code: \d{3} [A-Z]/ },
  { re: /api error MovedPermanently\b/, status: 301 },
  { re: /\bStatus: (30[17])\b/ },
];
const REASON_PHRASE = /^(?:Moved Permanently|Temporary Redirect|Bad Request|Forbidden|Not Found)$/i;
const HEAD_OPERATION = /\bHead(?:Object|Bucket)\b|\bhead_(?:object|bucket)\b/;

/** The S3 error codes a guide gives for this status, among the causes that model a body-less HEAD (the lab's `head-request`). */
function headCausesFor(status: number, index: GuideIndex): Array<{ code: string; causeId: string }> {
  const found: Array<{ code: string; causeId: string }> = [];
  for (const guide of index.guides) {
    for (const cause of guide.causes) {
      if (!cause.faults.includes("head-request") || !cause.expect) continue;
      const code = cause.expect.code;
      if (index.guides.some((g) => g.responses.some((r) => r.code === code && r.status === status))) found.push({ code, causeId: cause.id });
    }
  }
  return found;
}

/** The code of a redirect status: the one code the guides give for it. */
function redirectCode(status: number, index: GuideIndex): string | undefined {
  const codes = new Set(index.guides.flatMap((g) => g.responses.filter((r) => r.status === status && r.protocol !== "client").map((r) => r.code)));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** A status-only S3 error: the code the guides give for that status, and for a HEAD the cause saying the body is missing. */
export const recogniseStatusOnlyError: Recogniser = {
  name: "status-only",
  recognise(paste) {
    // An error with its own code and message is no status-only error; botocore makes a code of the reason phrase
    // ("Forbidden"), which another service's guide may own, so a bare reason phrase does not count as a message.
    const read = paste.error;
    const bare = read?.message === undefined || REASON_PHRASE.test(read.message.trim());
    if (read?.code !== undefined && !bare && paste.guides.guides.some((g) => g.responses.some((r) => r.code === read.code))) return null;
    let status: number | undefined;
    for (const { re, status: fixed } of STATUS_LINES) {
      const m = re.exec(paste.text);
      if (m) {
        status = fixed ?? Number(m[1]);
        break;
      }
    }
    if (status === undefined) return null;
    const head = HEAD_OPERATION.test(paste.text);
    const headCauses = head ? headCausesFor(status, paste.guides) : [];
    const code = headCauses.length === 1 ? headCauses[0]!.code : status === 301 || status === 307 ? redirectCode(status, paste.guides) : undefined;
    if (!code) return null;
    const hints: Hint[] = [];
    if (headCauses.length === 1) {
      hints.push({
        severity: "info",
        text: `A HEAD request's error has no body, so the SDK can print only the status (${status}): S3's code (${code}) and message are not in the paste.`,
        causes: [headCauses[0]!.causeId],
        // The status, not a reason phrase read as a code, names the guide.
        leads: true,
      });
    }
    return { error: { format: "code", code, status }, facts: [{ label: "HTTP status", value: String(status) }], hints };
  },
};
