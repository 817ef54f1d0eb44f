/**
 * Every case folder of ../shared/conformance/sigv4, header and query variants, through the server side end to end:
 * `verifyRequest` gets the signed request as received, at the case's timestamp, in a world that knows the case's
 * credentials, and must accept it while its own canonical request, string to sign and signature equal the case's
 * files byte for byte. The two variants AWS must reject are asserted as rejected, with the reason in the name.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRawRequest } from "../../src/lab/request/parseRawRequest.ts";
import type { Endpoint, Identity, LabRequest, World } from "../../src/lab/types.ts";
import { verifyRequest } from "../../src/lab/verify/verifyRequest.ts";
import { createDefaultWorld } from "../../src/lab/world/defaultWorld.ts";
import { loadSigv4Cases, WIRE_SIGNATURE_DEFECTS, type Sigv4Variant } from "../support/loadSigv4Cases.ts";

/** Variants the verifier must refuse, and why (the reason goes into the test name). */
const MUST_REJECT: Record<string, string> = {
  "aws-c-auth-v4/post-sts-header-after (query)":
    "the session token was added to the URL after presigning, so the server's canonical query includes it and the signature cannot match (AWS rejects it)",
  ...WIRE_SIGNATURE_DEFECTS,
};

function parse(bytes: Uint8Array): LabRequest {
  const parsed = parseRawRequest(bytes);
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error);
  return parsed.request;
}

/** The default world at the case's timestamp, with the case's credentials (and token) as the identity for its key. */
function createCaseWorld(v: Sigv4Variant): World {
  const { accessKeyId, secretAccessKey, sessionToken } = v.options.credentials;
  const identity: Identity = sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken, kind: "temporary", status: "active", expiresAt: "2099-01-01T00:00:00Z", tokenVersion: 2 }
    : { accessKeyId, secretAccessKey, kind: "long-term", status: "active" };
  const world = createDefaultWorld(v.options.signingDate);
  return { ...world, identities: [identity, ...world.identities.filter((i) => i.accessKeyId !== accessKeyId)] };
}

/** STS's front door, signing for the case's own service name and path rule; the S3 documentation examples go to S3. */
function createCaseEndpoint(v: Sigv4Variant): Endpoint {
  const s3 = v.suite === "aws-docs" && v.caseName.startsWith("s3-");
  return {
    service: s3 ? "s3" : "sts",
    region: v.options.region,
    mode: "aws",
    signingName: v.options.service,
    normalizePath: v.options.normalizePath,
  };
}

const variants = loadSigv4Cases();

describe("verifyRequest: the conformance cases", () => {
  it("covers all 117 variants and finds each case that must be rejected", () => {
    assert.equal(variants.length, 117);
    for (const name of Object.keys(MUST_REJECT)) assert.ok(variants.some((v) => v.name === name), name);
  });
});

describe("verifyRequest accepts each signed conformance request and reproduces its canonical request, string to sign and signature", () => {
  for (const v of variants) {
    const reason = MUST_REJECT[v.name];
    if (reason !== undefined) {
      it(`${v.name} is rejected with SignatureDoesNotMatch: ${reason}`, () => {
        const verdict = verifyRequest(parse(v.signed), createCaseEndpoint(v), createCaseWorld(v));
        assert.equal(verdict.outcome, "SignatureDoesNotMatch");
        assert.equal(verdict.status, 403);
        assert.equal(verdict.failedCheck, "signature");
        if (v.name in WIRE_SIGNATURE_DEFECTS) {
          // The request itself is fine; only the signature written into the .sreq is another case's.
          assert.equal(verdict.server.canonicalRequest, v.expected.canonicalRequest);
          assert.equal(verdict.server.stringToSign, v.expected.stringToSign);
          assert.equal(verdict.server.signature, v.expected.signature);
        } else {
          // The server signs what it received: the case's canonical query plus the token added after signing.
          const token = encodeURIComponent(v.options.credentials.sessionToken!);
          assert.notEqual(verdict.server.canonicalRequest, v.expected.canonicalRequest);
          assert.ok(verdict.server.canonicalRequest!.includes(`&X-Amz-Security-Token=${token}&`));
          assert.equal(verdict.server.canonicalRequest!.replace(`&X-Amz-Security-Token=${token}`, ""), v.expected.canonicalRequest);
          assert.notEqual(verdict.server.signature, v.expected.signature);
        }
      });
      continue;
    }
    it(v.name, () => {
      const verdict = verifyRequest(parse(v.signed), createCaseEndpoint(v), createCaseWorld(v));
      assert.equal(verdict.outcome, "ok", `${verdict.outcome}: ${verdict.explanation.summary}`);
      assert.equal(verdict.status, 200);
      assert.equal(verdict.server.canonicalRequest, v.expected.canonicalRequest);
      assert.equal(verdict.server.stringToSign, v.expected.stringToSign);
      assert.equal(verdict.server.signature, v.expected.signature);
    });
  }
});
