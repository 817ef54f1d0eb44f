/**
 * Random requests for the property tests: a service among DynamoDB, STS, S3 and Lambda, path segments with spaces,
 * UTF-8, `+`, `%` and sub-delimiters (dot and empty segments for the services that normalise paths), repeated and
 * empty query parameters, extra headers with odd whitespace (repeated, obs-folded), a User-Agent, random bodies
 * (a JSON ListTables body for DynamoDB), header or presigned mode, long-term or temporary keys, and a server clock
 * within every service's skew window of the signing date.
 */
import type { Credentials, LabRequest, RawHeader, ServiceId, SigningOptions, SignMode } from "../../src/lab/types.ts";
import type { Random } from "./createRandom.ts";

const IDENTITIES: Credentials[] = [
  { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" },
];
const SERVICES: ServiceId[] = ["dynamodb", "sts", "s3", "lambda"];
const REGIONS = ["us-east-1", "eu-west-3", "ap-southeast-2"];
const PIECES = ["abc", "Z9", "a b", "  ", "é", "☃", "日本", "😀", "+", "%", "~", "-_.", "(x)", "!", "*", "'", "=", ":", "@", "&", "?", "#", ",", ";", "$"];
const QUERY_KEYS = ["a", "b", "Key", "key", "k e y", "ü", "+", "%", "list-type", "prefix", "a.b"];
/** DynamoDB bodies start with this; the table name's characters follow, up to the next `"`. */
export const JSON_PREFIX = '{"ExclusiveStartTableName":"';
/** Letters and digits: what a test may swap a character for without creating `/`, `.`, `%` or a quote. */
export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Puts text on the wire as some client might: strictly percent-encoded (upper- or lowercase hex), as
 * encodeURIComponent does (`!'()*` left bare), or raw as the SigV4 suite writes paths (UTF-8 and sub-delimiters
 * bare; only what would break the request line or the query's structure is encoded).
 */
function encodeForWire(text: string, style: WireStyle): string {
  if (style === "component") return encodeURIComponent(text);
  if (style === "raw") return text.replace(/[ %/?#&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  let out = "";
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    const hex = b.toString(16).padStart(2, "0");
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${style === "lower" ? hex : hex.toUpperCase()}`;
  }
  return out;
}
type WireStyle = "strict" | "lower" | "component" | "raw";

export interface GeneratedRequest {
  service: ServiceId;
  region: string;
  request: LabRequest;
  options: SigningOptions;
  serverNow: Date;
  /** The body's hash is in the signature (directly, or through a signed x-amz-content-sha256). */
  payloadSigned: boolean;
}

export function generateSignableRequest(rnd: Random): GeneratedRequest {
  const service = rnd.pick(SERVICES);
  const s3 = service === "s3";
  const region = rnd.pick(REGIONS);
  // A presigned DynamoDB request would carry X-Amz-Target in the query (smithy hoists x-amz-* headers), where
  // DynamoDB does not look for it: DynamoDB requests are header-signed only.
  const mode: SignMode = service !== "dynamodb" && rnd.chance(0.35) ? "query" : "header";
  const style = rnd.pick(["strict", "lower", "component", "raw"] as const);
  const text = (max: number) => Array.from({ length: 1 + rnd.int(max) }, () => rnd.pick(PIECES)).join("");

  const segments: string[] = s3 ? [`sigfix-bucket-${rnd.int(100)}`] : [];
  for (let i = rnd.int(5); i > 0; i--) {
    const roll = rnd.next();
    if (!s3 && roll < 0.12) segments.push(".");
    else if (!s3 && roll < 0.24) segments.push("..");
    else if (!s3 && roll < 0.3) segments.push("");
    else segments.push(encodeForWire(text(3), style));
  }
  const path = "/" + segments.join("/") + (rnd.chance(0.2) ? "/" : "");

  const pairs: string[] = [];
  for (let i = rnd.int(6); i > 0; i--) {
    const key = encodeForWire(rnd.pick(QUERY_KEYS), style);
    const roll = rnd.next();
    pairs.push(roll < 0.15 ? key : roll < 0.3 ? `${key}=` : `${key}=${encodeForWire(text(3), style)}`);
  }
  const target = path + (pairs.length > 0 ? `?${pairs.join("&")}` : "");

  const method = service === "dynamodb" ? "POST" : rnd.pick(s3 ? ["GET", "PUT", "DELETE", "HEAD"] : ["GET", "POST", "PUT", "DELETE"]);
  // A bucket the default world does not list: it is answered in whatever region the endpoint is (sigfix-example lives in us-east-1).
  const headers: RawHeader[] = [{ name: rnd.pick(["Host", "host"]), value: s3 && rnd.chance(0.5) ? `sigfix-random.s3.${region}.amazonaws.com` : `${service}.${region}.amazonaws.com` }];
  let body: Uint8Array;
  if (service === "dynamodb") {
    const name = Array.from({ length: 1 + rnd.int(12) }, () => rnd.pick([...ALNUM, " ", "é", "☃", "😀", "-", "."])).join("");
    body = new TextEncoder().encode(`${JSON_PREFIX}${name}","Limit":${1 + rnd.int(100)}}`);
    headers.push({ name: "Content-Type", value: "application/x-amz-json-1.0" }, { name: "X-Amz-Target", value: "DynamoDB_20120810.ListTables" });
  } else {
    body = rnd.chance(0.3) ? new Uint8Array() : Uint8Array.from({ length: 1 + rnd.int(64) }, () => rnd.int(256));
  }
  const ws = () => rnd.pick(["", " ", "  ", "\t", " \t "]);
  const names: string[] = [];
  for (let i = rnd.int(5); i > 0; i--) {
    const repeat = names.length > 0 && rnd.chance(0.25);
    const name = repeat ? rnd.pick(names).toUpperCase() : `${s3 && rnd.chance(0.4) ? "x-amz-meta-" : "X-Sigfix-"}${rnd.pick(["a", "B", "c"])}${rnd.int(1000)}`;
    names.push(name);
    const words = Array.from({ length: 1 + rnd.int(4) }, () => Array.from({ length: 1 + rnd.int(6) }, () => String.fromCharCode(0x21 + rnd.int(94))).join(""));
    // Inner whitespace: spaces, tabs, and now and then an obs-fold line break as a lenient parser keeps it.
    headers.push({ name, value: ws() + words.join(rnd.pick([" ", "  ", "\t", " \t  ", "\r\n  "])) + ws() });
  }
  headers.push({ name: "User-Agent", value: `sigfix-property/${rnd.int(100)} (${rnd.pick(["node", "deno", "bun"])})` });

  const unsignedPayload = s3 && (mode === "query" || rnd.chance(0.25));
  const signingDate = new Date(Date.UTC(2020, 0, 1) + rnd.int(10 * 365 * 86400) * 1000);
  return {
    service,
    region,
    request: { method, target, httpVersion: "HTTP/1.1", headers, body },
    options: {
      service,
      region,
      credentials: rnd.pick(IDENTITIES),
      signingDate,
      mode,
      expiresIn: 3600,
      normalizePath: !s3,
      applyChecksum: s3,
      unsignedPayload,
    },
    serverNow: new Date(signingDate.getTime() + rnd.int(240_000)),
    payloadSigned: !unsignedPayload,
  };
}
