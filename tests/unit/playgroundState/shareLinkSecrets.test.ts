import assert from "node:assert/strict";
import { describe, it } from "node:test";
import LZString from "lz-string";
import { createShareLink } from "../../../src/playgroundState/createShareLink.ts";
import { parseShareLink } from "../../../src/playgroundState/parseShareLink.ts";
import { createRandom } from "../../support/createRandom.ts";
import type { Random } from "../../support/createRandom.ts";
import { EXAMPLES, scenario } from "./fixtures.ts";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const draw = (r: Random, alphabet: string, n: number) => Array.from({ length: n }, () => r.pick([...alphabet])).join("");
// Real-looking IDs as AWS makes them: AKIA/ASIA + 16 of [A-Z2-7]. Drawn, so none contains EXAMPLE or SIGFIX.
const keyIdOf = (r: Random) => `${r.pick(["AKIA", "ASIA"])}${draw(r, "ABCDFGHJKLMNPQRTUVWYZ234567", 16)}`;
const sigv4 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const b64 = (s: string) => Buffer.from(s).toString("base64");

/** Every spelling of a secret a reader could recognise: raw, percent-encoded (both cases), and base64 at each offset. */
function spellings(secret: string): string[] {
  const out = [secret, encodeURIComponent(secret), sigv4(secret), sigv4(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())];
  for (let k = 0; k < 3; k++) {
    const enc = b64("x".repeat(k) + secret);
    out.push(enc.slice(Math.ceil((k * 4) / 3) + 1, -4));
  }
  return out;
}

/** Places for a secret in request text, as readers paste them. */
const PLACES: Array<(s: { secret: string; token: string; keyId: string }) => string> = [
  ({ secret }) => `POST / HTTP/1.1\nHost: h\n\nAction=X&Secret=${secret}`,
  ({ secret }) => `POST / HTTP/1.1\nHost: h\nContent-Type: application/x-www-form-urlencoded\n\nAction=X&SecretAccessKey=${encodeURIComponent(secret)}`,
  ({ secret }) => `POST / HTTP/1.1\nHost: h\n\nk=${sigv4(secret).toLowerCase()}`,
  ({ secret, keyId }) => `GET / HTTP/1.1\nHost: h\nAuthorization: Basic ${b64(`${keyId}:${secret}`)}\n\n`,
  ({ secret }) => `POST / HTTP/1.1\nHost: h\n\n{"blob":"${b64(`prefix-${secret}-suffix`)}"}`,
  ({ secret }) => `POST / HTTP/1.1\nHost: h\n\n{"SecretAccessKey":"${secret.replace(/\//g, "\\/")}"}`,
  ({ token }) => `GET / HTTP/1.1\nHost: h\nX-Amz-Security-Token: ${token}\n\n`,
  ({ token, keyId }) => `GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${keyId}%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(token)}&X-Amz-Signature=00 HTTP/1.1\nHost: h\n\n`,
  ({ token, keyId }) => `GET /?next=${encodeURIComponent(`https://b.s3.amazonaws.com/k?X-Amz-Credential=${keyId}/x&X-Amz-Security-Token=${encodeURIComponent(token)}&X-Amz-Date=1`)} HTTP/1.1\nHost: h\n\n`,
  ({ keyId }) => `GET / HTTP/1.1\nHost: h\nAuthorization: AWS4-HMAC-SHA256 Credential=${keyId}/20150830/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00\n\n`,
  ({ token }) => `POST / HTTP/1.1\nHost: h\n\n[default]\naws_session_token = ${token}\n`,
  ({ secret }) => `POST / HTTP/1.1\nHost: h\n\nexport AWS_SECRET_ACCESS_KEY=${secret}\n`,
  ({ token }) => `POST / HTTP/1.1\nHost: h\n\nt=${Buffer.from(token).toString("base64url")}`,
];

const decode = (fragment: string) => LZString.decompressFromEncodedURIComponent(fragment.slice(3))!;

describe("createShareLink with generated secrets (seeded fuzz)", () => {
  it("lets no generated secret, token or real-looking key ID into the link, wherever and however it sits", () => {
    const r = createRandom(13);
    const failures: string[] = [];
    for (let round = 0; round < 300; round++) {
      const s = { secret: draw(r, B64, 40), token: draw(r, B64, 60 + r.int(300)), keyId: keyIdOf(r) };
      const place = r.int(PLACES.length);
      const request = PLACES[place]!(s) + (r.chance(0.5) ? PLACES[r.int(PLACES.length)]!(s).split("\n\n")[1] ?? "" : "");
      const state = { preset: null, scenario: scenario({ request, credentials: { accessKeyId: s.keyId, secretAccessKey: s.secret, sessionToken: s.token } }), tokenState: "valid" as const };
      const link = createShareLink(state, { examples: EXAMPLES, presetScenario: null });
      if (!link.ok) {
        failures.push(`round ${round}: ${link.error}`);
        continue;
      }
      const json = decode(link.fragment);
      for (const leaked of [...spellings(s.secret), ...spellings(s.token), s.keyId]) {
        if (json.includes(leaked)) failures.push(`round ${round}, place ${place}: \`${leaked.slice(0, 20)}…\` survived`);
      }
      if (request.includes(s.keyId) && !link.leftOut.some((l) => /real-looking access key ID/.test(l))) failures.push(`round ${round}: the note hides a masked key ID`);
    }
    assert.deepEqual(failures, []);
  });

  it("says what it left out, in numbers that match the link", () => {
    const keyId = "AKIASIGFIXQWERTYUIO3";
    const request = `GET / HTTP/1.1\nHost: h\nAuthorization: AWS4-HMAC-SHA256 Credential=${keyId}/20150830/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00\nX-Amz-Credential: ${keyId}\n\n`;
    const link = createShareLink({ preset: null, scenario: scenario({ request }), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    assert.deepEqual(link.leftOut, ["2 real-looking access key IDs in the request text"]);
    assert.ok(!decode(link.fragment).includes(keyId));
  });

  it("keeps the documented example key IDs and secrets, which are public", () => {
    const request = "GET / HTTP/1.1\nHost: h\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20150830/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00\n\n";
    const link = createShareLink({ preset: null, scenario: scenario({ request }), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    assert.deepEqual(link.leftOut, []);
    assert.ok(decode(link.fragment).includes("AKIAIOSFODNN7EXAMPLE"));
  });
});

describe("share-link size: creation and opening agree", () => {
  it("refuses to make a link for more request text than a link may open with", () => {
    const request = `POST / HTTP/1.1\nHost: h\n\n${"a".repeat(2 * 1024 * 1024 + 1)}`;
    const link = createShareLink({ preset: null, scenario: scenario({ request }), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.equal(link.ok, false);
  });

  it("opens every link it makes at the largest size it makes", () => {
    const request = `POST / HTTP/1.1\nHost: h\n\n${"a".repeat(2 * 1024 * 1024 - 40)}`;
    const link = createShareLink({ preset: null, scenario: scenario({ request }), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    assert.equal(parseShareLink(`#${link.fragment}`)?.ok, true);
  });

  it("refuses to open a fragment over 64 KiB without decompressing it", () => {
    const link = parseShareLink(`#v1=${"A".repeat(64 * 1024)}`);
    assert.equal(link?.ok, false);
    assert.match(link && !link.ok ? link.note : "", /over the 65536 a playground link can be/);
  });
});
