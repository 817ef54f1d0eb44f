import { parseQueryPairs } from "../../request/parseQueryPairs.ts";
import { splitTarget } from "../../request/splitTarget.ts";
import { pass, type Step, type StepResult, type VerifyContext } from "../types.ts";

const SIGV2_QUERY_PARAMS = ["AWSAccessKeyId", "Signature", "Expires"];

/**
 * S3 also recognises SigV2 presigned URLs (`AWSAccessKeyId`, `Signature`, `Expires`), which older tools still make
 * (`aws s3 presign` in AWS CLI v1 without `signature_version = s3v4`). The lab models SigV4 only, so it answers as S3
 * does where SigV2 is not accepted (§4.8).
 */
function checkSigV2Query(ctx: VerifyContext): StepResult | null {
  const present = new Set(parseQueryPairs(splitTarget(ctx.req.target).query).map(([name]) => name));
  const found = SIGV2_QUERY_PARAMS.filter((name) => present.has(name));
  if (found.length === 0) return null;
  const complete = found.length === SIGV2_QUERY_PARAMS.length;
  return {
    passed: false,
    detail: `A SigV2 presigned URL (${found.map((name) => `\`${name}\``).join(", ")}), not SigV4.`,
    kind: complete ? "sigv2QueryAuth" : "sigv2QueryIncomplete",
    params: {},
    summary: complete
      ? "This is a Signature Version 2 presigned URL (`AWSAccessKeyId`, `Signature`, `Expires`). S3 refuses SigV2 wherever it requires SigV4."
      : `The URL carries part of a SigV2 presigned URL (${found.map((name) => `\`${name}\``).join(", ")}) but not all three parameters.`,
    fix: "Presign with SigV4: AWS CLI v2 or any current SDK does; with AWS CLI v1 run `aws configure set default.s3.signature_version s3v4` first.",
  };
}

/** Exactly one of header auth and query auth (§3.1 steps 4-5, §3.2 step 5); dynalite's `AWS4-` gate where modelled. */
export const checkAuthMechanism: Step = (ctx) => {
  const { auth, order } = ctx;
  if (auth.kind === "both") {
    return {
      passed: false,
      detail: "Both an Authorization header and an X-Amz-Algorithm query parameter are present.",
      kind: "bothAuthMechanisms",
      params: { authorization: auth.header },
      summary: "The request is signed twice: an `Authorization` header and presigned-URL `X-Amz-*` query parameters. AWS accepts exactly one.",
      fix: "Drop the `X-Amz-*` parameters from the URL when signing with a header, or drop the `Authorization` header when using a presigned URL.",
    };
  }
  if (auth.kind === "none") {
    const sigv2 = ctx.family === "s3" ? checkSigV2Query(ctx) : null;
    if (sigv2) return sigv2;
    return {
      passed: false,
      detail: "No Authorization header and no X-Amz-Algorithm query parameter.",
      kind: "missingAuthentication",
      params: {},
      summary: "The request is not signed: it has no `Authorization` header and no `X-Amz-Algorithm` query parameter.",
      fix: "Sign the request with SigV4 (an SDK or `aws` CLI does it); check that credentials were found at all (`aws sts get-caller-identity`).",
    };
  }
  if (auth.mode === "header" && order.requireAws4Prefix && !(auth.header ?? "").trim().startsWith("AWS4-")) {
    return {
      passed: false,
      detail: `The Authorization header \`${auth.header}\` does not start with \`AWS4-\`.`,
      kind: "missingAuthentication",
      params: {},
      summary: `The Authorization header \`${auth.header}\` does not start with \`AWS4-\`, so ${ctx.service.title} treats the request as unsigned.`,
      fix: "Sign with SigV4 (`AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`); bearer tokens and SigV2 are not accepted.",
    };
  }
  return pass(auth.mode === "header" ? "Signed with an Authorization header." : "Signed with X-Amz-* query parameters (presigned URL).");
};
