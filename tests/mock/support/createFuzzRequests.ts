/** Deterministic PRNG (mulberry32), so a failing case can be replayed from its index. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzCase {
  family: string;
  bytes: Buffer;
}

const AUTH =
  "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-east-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

/**
 * Malformed and random HTTP requests, `perFamily` of each kind: random bytes, bad request lines, huge and repeated
 * headers, binary bodies, truncated Authorization headers, invalid percent-encoding, byte flips in a realistic signed
 * request, obs-fold and control characters, wrong Content-Length, bad chunked bodies, non-ASCII targets.
 */
export function createFuzzRequests(seed: number, perFamily: number): FuzzCase[] {
  const rnd = createRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const ascii = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + int(95))).join("");
  const routes = [
    "POST / HTTP/1.1\r\nHost: dynamodb.us-east-1.amazonaws.com\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Type: application/x-amz-json-1.0\r\n",
    "POST / HTTP/1.1\r\nHost: sts.us-east-1.amazonaws.com\r\nContent-Type: application/x-www-form-urlencoded\r\n",
    "GET /2015-03-31/functions/ HTTP/1.1\r\nHost: lambda.us-east-1.amazonaws.com\r\n",
    "GET /sigfix-example/hello.txt HTTP/1.1\r\nHost: s3.us-east-1.amazonaws.com\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\n",
    "PUT /sigfix-example/hello.txt HTTP/1.1\r\nHost: sigfix-example.s3.us-east-1.amazonaws.com\r\n",
  ];
  const signed = () =>
    `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Date: 20260301T120000Z\r\n` +
    `X-Amz-Target: DynamoDB_20120810.ListTables\r\nAuthorization: ${AUTH}\r\nContent-Length: 2\r\n\r\n{}`;
  const families: Record<string, () => Buffer> = {
    "random bytes": () => Buffer.concat([bytes(1 + int(300)), Buffer.from("\r\n\r\n")]),
    "bad request line": () =>
      Buffer.from(
        `${pick(["GET", "get", "P0ST", "G\u0000T", "", "DELETE", "BREW", ascii(8)])}${pick([" ", "  ", "\t", ""])}` +
          `${pick(["/", "", "*", "http://x/", "/a b/c", ascii(20), "//..//./%2e%2e/"])}${pick([" HTTP/1.1", " HTTP/9.9", " HTTP/1", "", " HTTP/1.1 x", " http/1.1"])}` +
          `\r\nHost: h\r\n\r\n`,
        "latin1",
      ),
    "huge header": () => Buffer.from(`${pick(routes)}X-Big: ${"a".repeat(8_000 + int(40_000))}\r\n\r\n`),
    "repeated headers": () => {
      const name = pick(["Authorization", "X-Amz-Date", "Host", "X-Amz-Target", "X-Amz-Security-Token", "X-Sigfix", "x-amz-content-sha256"]);
      const line = `${name}: ${pick([AUTH, "20260301T120000Z", "v", "DynamoDB_20120810.ListTables", ""])}\r\n`;
      return Buffer.from(`${pick(routes)}${line.repeat(2 + int(400))}\r\n`);
    },
    "binary body": () => {
      const body = bytes(int(4096));
      return Buffer.concat([Buffer.from(`${pick(routes)}Content-Length: ${body.length}\r\nAuthorization: ${AUTH}\r\nX-Amz-Date: 20260301T120000Z\r\n\r\n`), body]);
    },
    "truncated Authorization": () =>
      Buffer.from(`${pick(routes)}X-Amz-Date: ${pick(["20260301T120000Z", "2026", "nope", ""])}\r\nAuthorization: ${AUTH.slice(0, int(AUTH.length))}\r\nContent-Length: 2\r\n\r\n{}`),
    "invalid percent-encoding": () => {
      const bad = () => pick(["%", "%z", "%zz", "%G0", "%%", "%u1234", "%C3%28", "%E2%82", "%00", "%2"]);
      const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256${bad()}&X-Amz-Credential=${bad()}AKIDEXAMPLE${bad()}&X-Amz-Date=${bad()}&X-Amz-Expires=${bad()}&X-Amz-Signature=${bad()}&Action=${bad()}`;
      return Buffer.from(`${pick(["GET", "POST", "HEAD"])} /${bad()}/${bad()}x${bad()}?${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${pick([AUTH, "", `AWS4-HMAC-SHA256 Credential=${bad()}`])}\r\n\r\n`);
    },
    "flipped bytes": () => {
      const b = Buffer.from(signed());
      for (let i = 0, n = 1 + int(6); i < n; i++) b[int(b.length)] = int(256);
      return b;
    },
    "obs-fold and control characters": () =>
      Buffer.from(`${pick(routes)}X-Amz-Date: 20260301T120000Z\r\n${pick(["X-Fold: a\r\n  b\r\n", "X-Fold: a\r\n\tb\r\n", "X-Ctl: a\u0001b\r\n", "X-Nul: \u0000\r\n", " Leading: space\r\n", "NoColon\r\n", "X-Del: \u007f\r\n"])}\r\n`, "latin1"),
    "wrong Content-Length": () =>
      Buffer.from(`${pick(routes)}Content-Length: ${pick(["10", "-1", "abc", "1e3", "99999999999", "5, 6", ""])}\r\n\r\n${ascii(int(8))}`),
    "bad chunked body": () =>
      Buffer.from(`${pick(routes)}Transfer-Encoding: ${pick(["chunked", "gzip, chunked", "chunked, chunked", "identity"])}\r\n\r\n${pick(["zz\r\nabc\r\n", "3\r\nabc\r\n0\r\n\r\n", "5\r\nab", "-1\r\n", "3;x=y\r\nabc\r\n0\r\n\r\n", "ffffffffffffffff\r\n"])}`),
    "non-ASCII target and headers": () => {
      const high = () => Buffer.from(Array.from({ length: 1 + int(20) }, () => (rnd() < 0.5 ? 0x80 + int(128) : 0x41 + int(26))));
      if (rnd() < 0.3) return Buffer.concat([Buffer.from(`GET /${pick(["é", "日本", "💥"])}/x HTTP/1.1\r\nHost: `), high(), Buffer.from("\r\n\r\n")]);
      return Buffer.concat([
        Buffer.from(`${pick(routes)}X-Amz-Date: 20260301T120000Z\r\nx-amz-meta-name: `),
        high(),
        Buffer.from(`\r\nAuthorization: ${AUTH.replace("x-amz-target", "x-amz-meta-name;x-amz-target")}\r\nX-Amz-Target: ${pick(["DynamoDB_20120810.", "Kinesis_20131202.Put", "TrentService.x", "é"])}\r\n\r\n`),
      ]);
    },
  };
  const out: FuzzCase[] = [];
  for (let i = 0; i < perFamily; i++) for (const [family, make] of Object.entries(families)) out.push({ family, bytes: make() });
  return out;
}
