import { MAX_PRESIGNED_TTL } from "../lab/constants.ts";
import { parseAmzDate } from "../lab/sigv4/parseAmzDate.ts";
import { formatAmzDate } from "../lab/sigv4/formatAmzDate.ts";
import { checkCredentialScope } from "./checkCredentialScope.ts";
import { describeDuration } from "./describeDuration.ts";
import { parseCredential } from "./parseCredential.ts";
import type { Inspection } from "./inspectAuthorizationHeader.ts";
import type { Hint } from "./types.ts";

const S3_REQUIRED = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires"];

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The URL (or bare query string) in the text that carries SigV4 query parameters. */
function findUrl(text: string): { host?: string; query: string } | undefined {
  const url = /https?:\/\/[^\s"'<>]+/gi;
  for (const m of text.matchAll(url)) {
    const q = m[0].indexOf("?");
    if (q >= 0 && /X-Amz-(Credential|Signature|Algorithm)=/i.test(m[0])) {
      return { host: m[0].slice(m[0].indexOf("//") + 2).split(/[/?#]/)[0]!, query: m[0].slice(q + 1).split("#")[0]! };
    }
  }
  const bare = /(?:^|[?&\s])((?:[\w-]+=[^&\s]*&)*X-Amz-(?:Credential|Signature)=[^\s]*)/i.exec(text);
  return bare ? { query: bare[1]! } : undefined;
}

/**
 * A presigned URL: which key, region and service signed it, when it was signed and when it expires (or expired),
 * whether it asks for more than the 7-day cap, and whether it carries a session token (a URL signed with temporary
 * credentials dies with the session). Null when the text holds no SigV4 query parameters.
 */
export function inspectPresignedUrl(text: string, now: Date, usedAt?: Date): Inspection | null {
  const found = findUrl(text);
  if (!found) return null;
  const raw = new Map<string, string>();
  for (const pair of found.query.split("&")) {
    const eq = pair.indexOf("=");
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const canonical = S3_REQUIRED.concat("X-Amz-Security-Token").find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
    if (!raw.has(canonical)) raw.set(canonical, eq < 0 ? "" : pair.slice(eq + 1));
  }
  const get = (name: string) => (raw.has(name) ? decode(raw.get(name)!) : undefined);
  const hints: Hint[] = [];
  let credentialText = get("X-Amz-Credential");
  const isS3 = /(^|\.)s3[.-]/.test(found.host ?? "") || (credentialText ?? "").split("/")[3] === "s3";

  const missing = S3_REQUIRED.filter((n) => !raw.has(n) && (isS3 || n !== "X-Amz-Expires"));
  if (missing.length > 0) {
    hints.push({
      severity: "problem",
      text: `The URL has no ${missing.join(", no ")}.`,
      message: isS3
        ? "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters."
        : `${missing.map((n) => `AWS query-string parameters must include '${n}'. `).join("")}Re-examine the query-string parameters.`,
    });
  }
  if (credentialText !== undefined && /%2F/i.test(credentialText)) {
    hints.push({
      severity: "problem",
      text: "X-Amz-Credential is encoded twice (%252F where the URL should carry %2F): something re-encoded the URL after signing.",
      causes: ["credential-encoded-twice"],
      ...(isS3 ? { message: 'Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".' } : {}),
    });
    credentialText = decode(credentialText);
  }
  const amzDate = get("X-Amz-Date");
  const signed = amzDate !== undefined ? parseAmzDate(amzDate) : null;
  if (amzDate !== undefined && !signed) {
    hints.push({ severity: "problem", text: `X-Amz-Date '${amzDate}' is not in the form yyyyMMddTHHmmssZ.`, message: `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'"` });
  }
  const expiresText = get("X-Amz-Expires");
  const expires = expiresText !== undefined && /^\d+$/.test(expiresText) ? Number(expiresText) : undefined;
  const token = raw.has("X-Amz-Security-Token");
  const scope = credentialText
    ? checkCredentialScope({
        credential: parseCredential(credentialText),
        ...(amzDate !== undefined ? { amzDate } : {}),
        ...(found.host ? { host: found.host } : {}),
        tokenPresent: token,
        tokenAbsenceCertain: true,
        now: usedAt ?? now,
        skew: "ahead-only",
      })
    : { facts: [], hints: [] };
  const facts = [...scope.facts];
  if (expiresText !== undefined) facts.push({ label: "X-Amz-Expires", value: `${expiresText} s${expires !== undefined ? ` (${describeDuration(expires * 1000)})` : ""}` });
  if (expires !== undefined && expires > MAX_PRESIGNED_TTL) {
    hints.push({
      severity: "problem",
      text: `X-Amz-Expires is ${expires} s (${describeDuration(expires * 1000)}): S3 accepts at most 604800 s, seven days, whatever the SDK let you ask for.`,
      message: "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds",
      faults: ["presign-over-a-week"],
    });
  }
  if (signed && expires !== undefined) {
    // Judged by the URL's own dates against the time it was used (the ticket's), never today's clock alone:
    // an old URL pasted from a ticket is expired today, and that says nothing about why it failed back then.
    const end = new Date(signed.getTime() + expires * 1000);
    const at = usedAt ?? now;
    const left = end.getTime() - at.getTime();
    const when = usedAt ? "when used" : "by this computer's clock";
    facts.push({ label: "Valid", value: `${formatAmzDate(signed).longDate} to ${formatAmzDate(end).longDate} (${left < 0 ? `ended ${describeDuration(left)} before` : `${describeDuration(left)} left`} ${when})` });
    if (left < 0 && usedAt) {
      hints.push({
        severity: "problem",
        text: `When it was used (${formatAmzDate(usedAt).longDate}) the URL had expired ${describeDuration(left)} earlier (signed ${amzDate}, valid ${expires} s). Sign a new one.`,
        code: "AccessDenied",
        message: "Request has expired",
        faults: ["presign-expired"],
      });
    } else if (left < 0) {
      hints.push({
        severity: "info",
        text: `By this computer's clock the URL ended ${describeDuration(left)} ago (signed ${amzDate}, valid ${expires} s). If it failed when it was used, set “used at” to that time to check whether it had already expired then.`,
      });
    }
  }
  scope.hints.forEach((h) => hints.push(h));
  if (token && credentialText?.startsWith("ASIA")) {
    hints.push({
      severity: "warning",
      text: "Signed with temporary credentials (ASIA key and X-Amz-Security-Token): the URL stops working when that session ends, even if X-Amz-Expires is later.",
      ...(isS3 ? { code: "ExpiredToken", message: "The provided token has expired." } : {}),
    });
  }
  return { facts, hints };
}
