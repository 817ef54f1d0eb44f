// The seeded corpus `npm run fuzz` replays: hostile raw requests (mock endpoint), files (`sigfix verify`),
// pastes (/diagnose/) and playground links, each tagged with its family so the report says what was tried.
import LZString from "lz-string";
// The same seeded PRNG as the property tests: a failing case replays from its seed and index.
import { createRandom } from "../../tests/support/createRandom.ts";
export { createRandom };

export interface Case<T> {
  family: string;
  input: T;
}

type Random = ReturnType<typeof createRandom>;

export const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const WORST = [" ", "\t", "/", "\n", "\r", "=", "&", "%", "'", "<", "A", "\u0000", "\u001b", "\ufeff", "\u00ff"];
const MIB = 1024 * 1024;
const AUTH = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000";

/** Raw bytes for one connection to the mock endpoint. */
export function createRequests(r: Random, count: number): Array<Case<Buffer>> {
  const get = (target: string, headers = "") => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`;
  const families: Record<string, () => Buffer | string> = {
    "prototype name as Version/Action": () => get(`/?Action=${r.pick(["GetCallerIdentity", r.pick(PROTO_NAMES)])}&Version=${r.pick(PROTO_NAMES)}`),
    "prototype name as header": () => get("/", `${r.pick(PROTO_NAMES)}: ${r.pick(PROTO_NAMES)}\r\nAuthorization: ${AUTH.replace("AKIDEXAMPLE", r.pick(PROTO_NAMES))}\r\n`),
    "long run in a header value": () => get("/", `X-Run: a${r.pick(WORST.filter((c) => c !== "\n" && c !== "\r")).repeat(8_000 + r.int(8_000))}b\r\n`),
    "long run in the target": () => get(`/${r.pick(["/", "%", "=", "&", "A"]).repeat(4_000 + r.int(10_000))}x`),
    "long run in the Credential": () => get("/", `X-Amz-Date: 20260301T120000Z\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE${"/".repeat(10_000)}x, SignedHeaders=host, Signature=00\r\n`),
    "body of 1 MiB of one character": () => `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${MIB - 1}\r\n\r\n${r.pick(["&", "=", "%", "a"]).repeat(MIB - 1)}`,
    "AssumeRole with a 900 KB session name": () => {
      const body = `Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::123456789012:role/x&RoleSessionName=${"a".repeat(900_000)}`;
      return `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Amz-Date: 20260301T120000Z\r\nAuthorization: ${AUTH}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
    "pipelined valid then malformed": () => get("/?Action=GetCallerIdentity&Version=2011-06-15").repeat(1 + r.int(3)) + r.pick(["GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\nBad\r\n\r\n", "GET /a b HTTP/1.1\r\n\r\n"]),
    "CONNECT": () => "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
    "bare CRLF flood": () => "\r\n".repeat(1_000 + r.int(50_000)),
    "too many header lines": () => get("/", "X-A: 1\r\n".repeat(150 + r.int(300))),
    "control bytes and NUL": () => Buffer.concat([Buffer.from("GET /"), r.bytes(1 + r.int(40)).map((b) => b % 32), Buffer.from(" HTTP/1.1\r\nHost: h\r\n\r\n")]),
    "random bytes": () => Buffer.concat([r.bytes(1 + r.int(2000)), Buffer.from("\r\n\r\n")]),
    "bad chunked body": () => `POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n${r.pick(["zz", "-1", "ffffffffffffffff", "5\r\nab"])}\r\n`,
    "declared body larger than sent": () => `POST / HTTP/1.1\r\nHost: h\r\nContent-Length: ${r.pick([10, 99_999_999, 2 ** 53])}\r\n\r\nab`,
    "a BOM in a header": () => Buffer.from(get("/", `X-Amz-Date: \ufeff20260301T120000Z\r\nAuthorization: ${AUTH}\r\n`), "utf8"),
  };
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length]!;
    const made = families[family]!();
    return { family, input: typeof made === "string" ? Buffer.from(made, "latin1") : made };
  });
}

/** Files for `sigfix verify`. */
export function createFiles(r: Random, count: number): Array<Case<Buffer>> {
  const req = (head: string) => `${head}\r\nHost: sts.us-east-1.amazonaws.com\r\nX-Amz-Date: 20150830T123600Z\r\nAuthorization: ${AUTH}\r\n\r\n`;
  const families: Record<string, () => Buffer | string> = {
    "1 MiB of spaces in a header": () => req(`GET / HTTP/1.1\r\nX-Pad: a${" ".repeat(MIB)}b`),
    "1 MiB of tabs on a continuation line": () => req(`GET / HTTP/1.1\r\nX-Pad: a\r\n\t${"\t".repeat(MIB)}b`),
    "1 MiB of slashes in the Credential": () => `GET / HTTP/1.1\r\nHost: h\r\nAuthorization: AWS4-HMAC-SHA256 Credential=A${"/".repeat(MIB)}x, SignedHeaders=host, Signature=00\r\n\r\n`,
    "1 MiB of line feeds": () => `GET / HTTP/1.1\r\nHost: h${"\n".repeat(MIB)}`,
    "ESC sequences": () => `\u001b[2J\u001b]0;pwned\u0007GET / HTTP/1.1\r\nX: \u001b[31m${"\u001b".repeat(r.int(5_000))}\r\n\r\n`,
    "a 4 MB line without a colon": () => `GET / HTTP/1.1\r\n${"\u001b[1m".repeat(1_000_000)}\r\n\r\n`,
    "binary": () => r.bytes(1 + r.int(100_000)),
    "prototype names": () => req(`GET /?${r.pick(PROTO_NAMES)}=${r.pick(PROTO_NAMES)} HTTP/1.1\r\n${r.pick(PROTO_NAMES)}: x`),
    "empty": () => "",
    "only CRLF": () => "\r\n".repeat(1 + r.int(10_000)),
    "UTF-16 with a BOM": () => Buffer.from(`\ufeffGET / HTTP/1.1\r\nHost: h\r\n\r\n`, "utf16le"),
  };
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length]!;
    const made = families[family]!();
    return { family, input: typeof made === "string" ? Buffer.from(made, "utf8") : made };
  });
}

/** Pastes for /diagnose/ (at most its 256 Ki limit, and some over it). */
export function createPastes(r: Random, count: number): Array<Case<string>> {
  const n = () => 100_000 + r.int(160_000);
  const families: Record<string, () => string> = {
    "a run of one character": () => r.pick(WORST).repeat(n()),
    "unclosed XML tags": () => r.pick(["<Code>", "<Message>", "<Response", "<CanonicalRequest>"]).repeat(n() / 10),
    "a run of capitals after <": () => `<${"A".repeat(n())}`,
    "header names then spaces": () => `x-amz-request-id:${" ".repeat(n())}x`,
    "prototype names": () => PROTO_NAMES.map((p) => `<Code>${p}</Code> An error occurred (${p}) when calling the ${p} operation: ${p}`).join("\n"),
    "JSON with __proto__": () => `{"__proto__":{"message":"x"},"__type":"constructor","message":"${"\\\\".repeat(n() / 4)}"}`,
    "over the limit": () => "x".repeat(300_000),
  };
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => ({ family: names[i % names.length]!, input: families[names[i % names.length]!]!() }));
}

/** Playground fragments (without `#`). */
export function createLinks(r: Random, count: number): Array<Case<string>> {
  const v1 = (payload: unknown) => `v1=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
  const scenario = (request: string, service = "sts") => ({ request, service, region: "us-east-1", clockSkewSeconds: 0, mode: "header", endpointMode: "aws", serverNow: "2026-01-15T12:00:00Z" });
  const creds = { accessKeyId: { omitted: true }, secretAccessKey: { omitted: true } };
  const families: Record<string, () => string> = {
    "#preset= prototype name": () => `preset=${r.pick(PROTO_NAMES)}`,
    "#preset=sts, prototype fault": () => `preset=sts,${r.pick(PROTO_NAMES)}`,
    "v1 with a prototype service": () => v1({ preset: { service: r.pick(PROTO_NAMES), faults: [] }, scenario: scenario("GET / HTTP/1.1\n\n", r.pick(PROTO_NAMES)), credentials: creds, tokenState: "valid" }),
    "v1 whose request is a long run": () => v1({ preset: null, scenario: scenario(`GET / HTTP/1.1\nX: a${r.pick([" ", "\t", "/"]).repeat(200_000 + r.int(600_000))}b\n\n`), credentials: creds, tokenState: "valid" }),
    "v1 over 2 MiB of request text": () => v1({ preset: null, scenario: scenario(`GET / HTTP/1.1\n\n${"a".repeat(2 * MIB + 10)}`), credentials: creds, tokenState: "valid" }),
    "v1 of random text": () => `v1=${r.bytes(10 + r.int(3000)).toString("base64url")}`,
    "an oversized fragment": () => `v1=${"A".repeat(70_000)}`,
    "broken percent-encoding": () => r.pick(["preset=%ZZ", "preset=%E0%A4%A", "v1=%", "preset="]),
    "a newer version": () => `v${2 + r.int(100)}=x`,
    "__proto__ keys in the payload": () => `v1=${LZString.compressToEncodedURIComponent('{"__proto__":{"ok":true},"constructor":{"prototype":{"x":1}},"credentials":{"__proto__":{}},"tokenState":"valid"}')}`,
  };
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => ({ family: names[i % names.length]!, input: families[names[i % names.length]!]!() }));
}
