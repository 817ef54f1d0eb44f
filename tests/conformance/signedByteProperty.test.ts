/**
 * Property tests, seeded so any failure replays: random requests for DynamoDB, STS, S3 and Lambda (odd paths,
 * repeated and empty query parameters, headers with odd whitespace, binary bodies, header or presigned mode,
 * long-term or temporary keys) signed by smithy through `signWithSmithy` must verify "ok". Then every single-byte
 * change to a signed component (method, a path character, a query character, a signed header value, the body when
 * its hash is signed, the signature) must fail with a signature or payload error, and a change to an unsigned header
 * (or to a body whose payload is UNSIGNED-PAYLOAD) must leave the verdict "ok".
 *
 * Case n uses seed BASE_SEED + n, printed in its name. Replay one failing case as case 0:
 *   SIGFIX_PROPERTY_SEED=<its seed> node --test --test-name-pattern='case 0,' tests/conformance/signedByteProperty.test.ts
 * or explore other requests with any other SIGFIX_PROPERTY_SEED.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { signWithSmithy } from "../../src/lab/sign/signWithSmithy.ts";
import type { CheckName, LabRequest, SignMode, Verdict } from "../../src/lab/types.ts";
import { verifyRequest } from "../../src/lab/verify/verifyRequest.ts";
import { createDefaultWorld } from "../../src/lab/world/defaultWorld.ts";
import { createRandom, type Random } from "../support/createRandom.ts";
import { ALNUM, generateSignableRequest, JSON_PREFIX, type GeneratedRequest } from "../support/generateSignableRequest.ts";

const N = 200;
const BASE_SEED = Number(process.env.SIGFIX_PROPERTY_SEED ?? 20260301);

/** A different character than `c`, even ignoring case (so `%2b` never stands in for `%2B`), never `/`, `.`, `%`. */
function otherChar(rnd: Random, c: string, alphabet = ALNUM): string {
  let r = c;
  while (r.toLowerCase() === c.toLowerCase()) r = rnd.pick([...alphabet]);
  return r;
}
const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

/** Offsets of the characters of the path segments that survive dot-segment removal (all of them for S3). */
function significantPathOffsets(path: string, normalize: boolean): number[] {
  const stack: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const text of path.split("/")) {
    if (!normalize || (text !== "" && text !== "." && text !== "..")) stack.push({ start, text });
    else if (text === "..") stack.pop();
    start += text.length + 1;
  }
  return stack.flatMap(({ start: s, text }) => [...text].map((_, i) => s + i));
}

/** Offsets in the target of the query characters of the caller's own parameters (not the X-Amz-* ones). */
function userQueryOffsets(target: string): number[] {
  const q = target.indexOf("?");
  if (q < 0) return [];
  const out: number[] = [];
  let start = q + 1;
  for (const piece of target.slice(q + 1).split("&")) {
    if (!/^X-Amz-/i.test(piece)) for (let i = 0; i < piece.length; i++) out.push(start + i);
    start += piece.length + 1;
  }
  return out;
}

interface Mutation {
  what: string;
  request: LabRequest;
  /** "ok", or the checks a failure may be reported under. */
  expect: "ok" | CheckName[];
}

function withHeaderValue(req: LabRequest, index: number, value: string): LabRequest {
  return { ...req, headers: req.headers.map((h, i) => (i === index ? { ...h, value } : h)) };
}

function mutate(rnd: Random, g: GeneratedRequest, signed: LabRequest): Mutation[] {
  const out: Mutation[] = [];
  const sig: CheckName[] = ["signature"];
  const sample = <T>(xs: T[], n: number) => Array.from({ length: Math.min(n, xs.length) }, () => rnd.pick(xs));

  const m = rnd.int(signed.method.length);
  out.push({ what: `method byte ${m}`, request: { ...signed, method: replaceAt(signed.method, m, otherChar(rnd, signed.method[m]!)) },
    expect: g.service === "dynamodb" ? ["protocol"] : sig });

  const q = signed.target.indexOf("?");
  const path = q < 0 ? signed.target : signed.target.slice(0, q);
  for (const i of sample(significantPathOffsets(path, g.options.normalizePath), 4)) {
    out.push({ what: `path byte ${i} (${JSON.stringify(signed.target[i])})`, request: { ...signed, target: replaceAt(signed.target, i, otherChar(rnd, signed.target[i]!)) }, expect: sig });
  }
  for (const i of sample(userQueryOffsets(signed.target), 4)) {
    out.push({ what: `query byte ${i} (${JSON.stringify(signed.target[i])})`, request: { ...signed, target: replaceAt(signed.target, i, otherChar(rnd, signed.target[i]!)) }, expect: sig });
  }

  const signedNames = new Set(getSignedHeaders(signed, g.options.mode));
  signed.headers.forEach((h, index) => {
    const lower = h.name.toLowerCase();
    const ours = lower === "host" || lower.startsWith("x-sigfix-") || lower.startsWith("x-amz-meta-") || lower === "x-amz-content-sha256";
    if (!ours || h.value === "") return;
    assert.ok(signedNames.has(lower), `${lower} is signed`);
    const i = rnd.int(h.value.length);
    out.push({ what: `${lower} value byte ${i}`, request: withHeaderValue(signed, index, replaceAt(h.value, i, otherChar(rnd, h.value[i]!))), expect: sig });
  });

  for (let k = signed.body.length > 0 ? 2 : 0; k > 0; k--) {
    const text = new TextDecoder().decode(signed.body);
    // DynamoDB checks the body is JSON before authenticating: stay inside the table name's string.
    const [lo, hi] = g.service === "dynamodb" ? [JSON_PREFIX.length, signed.body.indexOf(0x22, JSON_PREFIX.length)] : [0, signed.body.length];
    const i = lo + rnd.int(hi - lo);
    const body = Uint8Array.from(signed.body);
    body[i] = g.service === "dynamodb" ? otherChar(rnd, String.fromCharCode(body[i]!)).charCodeAt(0) : (body[i]! + 1 + rnd.int(255)) % 256;
    const expect = !g.payloadSigned ? "ok" : g.service === "s3" ? (["payloadHash"] as CheckName[]) : sig;
    out.push({ what: `body byte ${i} of ${JSON.stringify(text.slice(0, 40))}`, request: { ...signed, body }, expect });
  }

  const signature = g.options.mode === "query" ? /[?&]X-Amz-Signature=/.exec(signed.target) : null;
  if (signature) {
    const i = signature.index + signature[0].length + rnd.int(64);
    out.push({ what: `X-Amz-Signature hex ${i}`, request: { ...signed, target: replaceAt(signed.target, i, otherChar(rnd, signed.target[i]!, "0123456789abcdef")) }, expect: sig });
  } else {
    const index = signed.headers.findIndex((h) => h.name.toLowerCase() === "authorization");
    const value = signed.headers[index]!.value;
    const i = value.indexOf("Signature=") + 10 + rnd.int(64);
    out.push({ what: `Authorization signature hex ${i}`, request: withHeaderValue(signed, index, replaceAt(value, i, otherChar(rnd, value[i]!, "0123456789abcdef"))), expect: sig });
  }

  const ua = signed.headers.findIndex((h) => h.name === "User-Agent");
  assert.ok(!signedNames.has("user-agent"), "smithy never signs User-Agent");
  out.push({ what: "unsigned User-Agent changed", request: withHeaderValue(signed, ua, `${signed.headers[ua]!.value} changed/${rnd.int(1000)}`), expect: "ok" });
  out.push({ what: "unsigned X-Sigfix-Added header added after signing", request: { ...signed, headers: [...signed.headers, { name: "X-Sigfix-Added", value: ` after  signing ${rnd.int(1000)} ` }] }, expect: "ok" });
  return out;
}

/** SignedHeaders as the request carries them, read without lab code. */
function getSignedHeaders(req: LabRequest, mode: SignMode): string[] {
  if (mode === "query") return decodeURIComponent(/[?&]X-Amz-SignedHeaders=([^&]*)/.exec(req.target)![1]!).split(";");
  const auth = req.headers.find((h) => h.name.toLowerCase() === "authorization")!.value;
  return /SignedHeaders=([^,\s]*)/.exec(auth)![1]!.split(";");
}

const describeRequest = (g: GeneratedRequest) =>
  `${g.service} ${g.options.mode} ${g.options.credentials.accessKeyId} ${g.request.method} ${g.request.target.length > 60 ? `${g.request.target.slice(0, 60)}…` : g.request.target}`;

function explain(verdict: Verdict): string {
  return `${verdict.outcome} (${verdict.failedCheck}): ${verdict.explanation.summary}\n${verdict.server.canonicalRequest ?? ""}`;
}

describe(`verifyRequest on ${N} random smithy-signed requests (seed ${BASE_SEED})`, () => {
  for (let n = 0; n < N; n++) {
    const seed = (BASE_SEED + n) >>> 0;
    const rnd = createRandom(seed);
    const g = generateSignableRequest(rnd);
    it(`case ${n}, seed ${seed}: ${describeRequest(g)}: accepts it, rejects each signed byte changed, ignores unsigned changes`, async () => {
      const signed = await signWithSmithy(g.request, g.options);
      const endpoint = { service: g.service, region: g.region, mode: "aws" as const };
      const world = createDefaultWorld(g.serverNow);
      const verdict = verifyRequest(signed, endpoint, world);
      assert.equal(verdict.outcome, "ok", explain(verdict));

      for (const mutation of mutate(rnd, g, signed)) {
        const after = verifyRequest(mutation.request, endpoint, world);
        if (mutation.expect === "ok") {
          assert.equal(after.outcome, "ok", `${mutation.what}: ${explain(after)}`);
        } else {
          assert.notEqual(after.outcome, "ok", `${mutation.what} was accepted`);
          assert.ok(after.failedCheck !== null && mutation.expect.includes(after.failedCheck),
            `${mutation.what}: expected a ${mutation.expect.join("/")} failure, got ${explain(after)}`);
        }
      }
    });
  }
});
