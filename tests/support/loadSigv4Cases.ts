/**
 * Loads every case of ../shared/conformance/sigv4 (README.md there) as one variant per case and signing mode:
 * the unsigned and signed request bytes, the signing options from the case's context, and the expected canonical
 * request, string to sign and signature. Shared by the signer/canonicaliser and the verifier conformance tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SigningOptions, SignMode } from "../../src/lab/types.ts";
import { sharedPath } from "./sharedDir.ts";
import { SUITE_SIGNING_OPTIONS } from "./suiteSigningOptions.ts";

export interface Sigv4Variant {
  /** `<suite>/<case> (<mode>)`, e.g. `aws-c-auth-v4/get-vanilla (header)`. */
  name: string;
  /** `aws-c-auth-v4`, `aws4_testsuite` or `aws-docs`. */
  suite: string;
  /** The case's folder path inside its suite, e.g. `normalize-path/get-relative`. */
  caseName: string;
  mode: SignMode;
  unsigned: Uint8Array;
  signed: Uint8Array;
  options: SigningOptions;
  expected: { canonicalRequest: string; stringToSign: string; signature: string };
  /** Why smithy cannot reproduce this variant, if it cannot. */
  smithySkip?: string;
}

const ROOT = sharedPath("conformance", "sigv4");

const read = (file: string) => readFileSync(file, "utf8");

/** aws-c-auth-v4/ and aws-docs/: context.json plus header-* and query-* files. */
export function loadContextCases(suite: string): Sigv4Variant[] {
  const suiteDir = path.join(ROOT, suite);
  const variants: Sigv4Variant[] = [];
  for (const name of readdirSync(suiteDir).sort()) {
    const dir = path.join(suiteDir, name);
    if (!existsSync(path.join(dir, "context.json"))) continue;
    const ctx = JSON.parse(read(path.join(dir, "context.json")));
    for (const mode of ["header", "query"] as const) {
      if (!existsSync(path.join(dir, `${mode}-signature.txt`))) continue;
      variants.push({
        name: `${suite}/${name} (${mode})`,
        suite,
        caseName: name,
        mode,
        unsigned: readFileSync(path.join(dir, "request.txt")),
        signed: readFileSync(path.join(dir, `${mode}-signed-request.txt`)),
        options: {
          service: ctx.service,
          region: ctx.region,
          credentials: {
            accessKeyId: ctx.credentials.access_key_id,
            secretAccessKey: ctx.credentials.secret_access_key,
            ...(ctx.credentials.token ? { sessionToken: ctx.credentials.token } : {}),
          },
          signingDate: new Date(ctx.timestamp),
          mode,
          expiresIn: ctx.expiration_in_seconds,
          normalizePath: ctx.normalize,
          applyChecksum: ctx.sign_body === true,
          unsignedPayload: ctx.signed_body_value === "UNSIGNED-PAYLOAD",
          tokenAfterSigning: ctx.omit_session_token === true,
        },
        expected: {
          canonicalRequest: read(path.join(dir, `${mode}-canonical-request.txt`)),
          stringToSign: read(path.join(dir, `${mode}-string-to-sign.txt`)),
          signature: read(path.join(dir, `${mode}-signature.txt`)).trim(),
        },
        ...(name === "s3-put-object"
          ? { smithySkip: "the docs sign a Date header, and smithy always deletes Date before signing" }
          : {}),
      });
    }
  }
  return variants;
}

/** aws4_testsuite/: <case>.{req,creq,sts,authz,sreq}, nested one level in normalize-path/ and post-sts-token/. */
export function loadTestsuiteCases(): Sigv4Variant[] {
  const variants: Sigv4Variant[] = [];
  const visit = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const sub = path.join(dir, entry);
      if (!statSync(sub).isDirectory()) continue;
      const file = (ext: string) => path.join(sub, `${entry}.${ext}`);
      if (!existsSync(file("req"))) {
        visit(sub, `${rel}${entry}/`);
        continue;
      }
      const creq = read(file("creq"));
      const sreq = readFileSync(file("sreq"));
      const tokenLine = /^x-amz-security-token:(.*)$/im;
      const tokenBefore = tokenLine.exec(creq)?.[1];
      const tokenAfter = tokenBefore === undefined ? tokenLine.exec(new TextDecoder().decode(sreq))?.[1] : undefined;
      const token = tokenBefore ?? tokenAfter;
      variants.push({
        name: `aws4_testsuite/${rel}${entry} (header)`,
        suite: "aws4_testsuite",
        caseName: `${rel}${entry}`,
        mode: "header",
        unsigned: readFileSync(file("req")),
        signed: sreq,
        options: {
          ...SUITE_SIGNING_OPTIONS,
          credentials: { ...SUITE_SIGNING_OPTIONS.credentials, ...(token ? { sessionToken: token } : {}) },
          tokenAfterSigning: tokenAfter !== undefined,
        },
        expected: {
          canonicalRequest: creq,
          stringToSign: read(file("sts")),
          signature: /Signature=([0-9a-f]{64})/.exec(read(file("authz")))![1]!,
        },
      });
    }
  };
  visit(path.join(ROOT, "aws4_testsuite"), "");
  return variants;
}

/** Every variant, in the order aws-c-auth-v4, aws4_testsuite, aws-docs. */
export function loadSigv4Cases(): Sigv4Variant[] {
  return [...loadContextCases("aws-c-auth-v4"), ...loadTestsuiteCases(), ...loadContextCases("aws-docs")];
}

/**
 * Signed requests whose Authorization line disagrees with the case's own .authz (a defect in the data, copied
 * byte for byte from upstream): the canonical request, string to sign and signature are still checked.
 */
export const WIRE_SIGNATURE_DEFECTS: Record<string, string> = {
  "aws4_testsuite/get-vanilla-with-session-token (header)":
    "its .sreq carries get-vanilla's signature 5fa00fa3…, not the .authz signature 07ec1639…",
};
