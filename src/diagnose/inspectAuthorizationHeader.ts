import { ALGORITHM } from "../lab/constants.ts";
import { checkCredentialScope } from "./checkCredentialScope.ts";
import { getPastedHeader } from "./getPastedHeader.ts";
import { parseCredential } from "./parseCredential.ts";
import type { Fact, Hint } from "./types.ts";

export interface Inspection {
  facts: Fact[];
  hints: Hint[];
}

const REQUIRED = ["Credential", "Signature", "SignedHeaders"] as const;

/** The Authorization header value in pasted text (a bare value, a `Authorization:` line, a botocore debug dict). */
function findHeaderValue(text: string): string | undefined {
  const m = /\b(AWS4-[A-Z0-9-]+)[ \t]+([^\n]*)/.exec(text) ?? /()((?<![\w-])Credential\s*=[^\n]*)/.exec(text);
  if (!m) return undefined;
  const value = `${m[1] ? `${m[1]} ` : ""}${m[2]!}`;
  return value.split(/['"]/)[0]!.trim().replace(/,$/, "");
}

/**
 * A SigV4 `Authorization` header: its algorithm, scope (key, date, region, service), signed headers and signature,
 * with what is wrong in it. Headers pasted beside it (`X-Amz-Date`, `Host`, `X-Amz-Security-Token`) are used when
 * present. Null when the text holds no such header.
 */
export function inspectAuthorizationHeader(text: string, now: Date): Inspection | null {
  const header = findHeaderValue(text);
  if (header === undefined) return null;
  const facts: Fact[] = [];
  const hints: Hint[] = [];
  const [first = "", ...rest] = header.split(/[\s,]+/).filter(Boolean);
  const algorithm = first.includes("=") ? "" : first;
  const tokens = first.includes("=") ? [first, ...rest] : rest;
  facts.push({ label: "Algorithm", value: algorithm || "(none)" });
  if (algorithm !== ALGORITHM) {
    hints.push({
      severity: algorithm === "AWS4-ECDSA-P256-SHA256" ? "info" : "problem",
      text: algorithm === "AWS4-ECDSA-P256-SHA256" ? "SigV4a (AWS4-ECDSA-P256-SHA256): multi-region signing; the scope has no single region." : `The algorithm is '${algorithm}'; SigV4 uses ${ALGORITHM}.`,
    });
  }
  const params = new Map<string, string>();
  const loose: string[] = [];
  for (const token of tokens) {
    const eq = token.indexOf("=");
    if (eq < 0) {
      // A scope split off its key shows the whitespace; anything else (the algorithm twice, a bearer token) does not.
      const scopeSplitOff = token.includes("/");
      // S3 answers a split header with AuthorizationHeaderMalformed, not IncompleteSignature.
      const s3 = /\/s3\/aws4_request/.test(header);
      hints.push({
        severity: "problem",
        text: scopeSplitOff
          ? `'${token}' is not a name=value pair: a space or line break pasted inside the key splits the header.`
          : /^AWS4-|^Authorization:?$/i.test(token)
            ? `'${token}' appears twice in the header: the value repeats the algorithm or the header name.`
            : `'${token}' is not a name=value pair: the header is not a SigV4 header (a bearer token?).`,
        ...(s3
          ? { code: "AuthorizationHeaderMalformed", message: 'The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".' }
          : { message: `'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.` }),
        ...(scopeSplitOff
          ? s3
            ? { causes: ["hand-built-header"] }
            : { faults: ["whitespace-in-key"] }
          : { causes: /^AWS4-|^Authorization:?$/i.test(token) ? ["hand-built-authorization-header", "hand-built-header"] : ["bearer-token-to-api-gateway"] }),
      });
      loose.push(token);
      continue;
    }
    params.set(token.slice(0, eq), token.slice(eq + 1));
  }
  const missing = REQUIRED.filter((name) => !params.has(name));
  if (missing.length > 0) {
    hints.push({
      severity: "problem",
      text: `The header has no ${missing.join(", no ")}.`,
      message: `${missing.map((name) => `Authorization header requires '${name}' parameter. `).join("")}Authorization=${header}`,
    });
  }
  const signedHeaders = params.get("SignedHeaders");
  if (signedHeaders !== undefined) {
    facts.push({ label: "Signed headers", value: signedHeaders });
    const names = signedHeaders.split(";");
    if (!names.includes("host")) {
      hints.push({ severity: "problem", text: "host is not among the signed headers.", message: "'Host' must be a 'SignedHeader' in the AWS Authorization." });
    }
    if (names.some((n) => n !== n.toLowerCase()) || names.join(";") !== [...names].sort().join(";")) {
      hints.push({ severity: "warning", text: "SignedHeaders must be lower case and sorted: the signer and AWS disagree on the canonical headers." });
    }
  }
  const signature = params.get("Signature");
  if (signature !== undefined) {
    facts.push({ label: "Signature", value: signature });
    if (!/^[0-9a-f]{64}$/.test(signature)) hints.push({ severity: "warning", text: "The signature is not 64 lower-case hex digits." });
  }
  // `Credential= AKIA…/…`: the scope went into the next, loose token.
  const credential = params.get("Credential") || loose.find((t) => t.includes("/")) || params.get("Credential");
  if (credential !== undefined) {
    const amzDate = getPastedHeader(text, "x-amz-date");
    const host = getPastedHeader(text, "host");
    const scope = checkCredentialScope({
      credential: parseCredential(credential),
      ...(amzDate !== undefined ? { amzDate } : {}),
      ...(host !== undefined ? { host } : {}),
      tokenPresent: getPastedHeader(text, "x-amz-security-token") !== undefined,
      tokenAbsenceCertain: false,
      now,
      skew: "both",
    });
    facts.unshift(...scope.facts);
    hints.push(...scope.hints);
  }
  return { facts, hints };
}
