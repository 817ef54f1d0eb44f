/**
 * Every case folder of ../shared/conformance/sigv4 (README.md there), one test per case and variant:
 * (a) the client wrapper: `signWithSmithy` reproduces the expected signature from the unsigned request, and
 *     `explainSigning` replays smithy's canonical request, string to sign and signature;
 * (b) the server view: the lab's canonicaliser, fed the signed request as a server receives it, reproduces the
 *     expected canonical request, string to sign and signature byte for byte.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRawRequest } from "../../src/lab/request/parseRawRequest.ts";
import { explainSigning } from "../../src/lab/sign/explainSigning.ts";
import { signWithSmithy } from "../../src/lab/sign/signWithSmithy.ts";
import { canonicalizeRequest } from "../../src/lab/sigv4/canonicalizeRequest.ts";
import { createScope } from "../../src/lab/sigv4/createScope.ts";
import { createStringToSign } from "../../src/lab/sigv4/createStringToSign.ts";
import { getPayloadHash } from "../../src/lab/sigv4/getPayloadHash.ts";
import { getSignature } from "../../src/lab/sigv4/getSignature.ts";
import { getSigningKey } from "../../src/lab/sigv4/getSigningKey.ts";
import type { LabRequest, SignMode } from "../../src/lab/types.ts";
import { loadSigv4Cases, WIRE_SIGNATURE_DEFECTS } from "../support/loadSigv4Cases.ts";

function parse(bytes: Uint8Array): LabRequest {
  const parsed = parseRawRequest(bytes);
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error);
  return parsed.request;
}

/** The Signature the wire request carries, read the way a test reads it (no lab code). */
function wireSignature(req: LabRequest, mode: SignMode): string | undefined {
  if (mode === "query") return /[?&]X-Amz-Signature=([0-9a-f]{64})/.exec(req.target)?.[1];
  const auth = req.headers.find((h) => h.name.toLowerCase() === "authorization")?.value ?? "";
  return /Signature=([0-9a-f]{64})/.exec(auth)?.[1];
}

function wireSignedHeaders(req: LabRequest, mode: SignMode): string[] {
  if (mode === "query") return decodeURIComponent(/[?&]X-Amz-SignedHeaders=([^&]*)/.exec(req.target)![1]!).split(";");
  const auth = req.headers.find((h) => h.name.toLowerCase() === "authorization")!.value;
  return /SignedHeaders=([^,\s]*)/.exec(auth)![1]!.split(";");
}

const variants = loadSigv4Cases();

describe("sigv4 conformance: the data", () => {
  it("has one known signed request whose wire signature is not the case's signature", () => {
    const v = variants.find((x) => x.name in WIRE_SIGNATURE_DEFECTS)!;
    assert.equal(wireSignature(parse(v.signed), v.mode), "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  });

  it("finds 117 variants: 77 header and 40 query", () => {
    assert.equal(variants.filter((v) => v.mode === "header").length, 77);
    assert.equal(variants.filter((v) => v.mode === "query").length, 40);
  });
});

describe("sigv4 conformance: signWithSmithy (client) reproduces the signature", () => {
  for (const v of variants) {
    it(v.name, async (t) => {
      if (v.smithySkip) return t.skip(v.smithySkip);
      const signed = await signWithSmithy(parse(v.unsigned), v.options);
      assert.equal(wireSignature(signed, v.mode), v.expected.signature);
      const trace = explainSigning(signed, v.options);
      assert.equal(trace.canonicalRequest, v.expected.canonicalRequest);
      assert.equal(trace.stringToSign, v.expected.stringToSign);
      assert.equal(trace.signature, v.expected.signature);
    });
  }
});

describe("sigv4 conformance: canonicalizeRequest (server) reproduces each step from the signed request", () => {
  for (const v of variants) {
    it(v.name, () => {
      const req = parse(v.signed);
      const { options: o } = v;
      const { canonicalRequest } = canonicalizeRequest(req, {
        signedHeaders: wireSignedHeaders(req, v.mode),
        normalizePath: o.normalizePath,
        payloadHash: getPayloadHash(req, { unsignedPayload: o.unsignedPayload === true }),
        mode: v.mode,
        ...(v.mode === "query" && o.tokenAfterSigning ? { excludeQuery: ["X-Amz-Security-Token"] } : {}),
      });
      assert.equal(canonicalRequest, v.expected.canonicalRequest);
      const iso = o.signingDate.toISOString();
      const longDate = iso.slice(0, 19).replace(/[-:]/g, "") + "Z";
      const stringToSign = createStringToSign(longDate, createScope(longDate.slice(0, 8), o.region, o.service), canonicalRequest);
      assert.equal(stringToSign, v.expected.stringToSign);
      const { key } = getSigningKey(o.credentials.secretAccessKey, longDate.slice(0, 8), o.region, o.service);
      assert.equal(getSignature(key, stringToSign), v.expected.signature);
      if (!(v.name in WIRE_SIGNATURE_DEFECTS)) assert.equal(wireSignature(req, v.mode), v.expected.signature);
    });
  }
});
