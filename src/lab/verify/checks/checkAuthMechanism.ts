import { pass, type Step } from "../types.ts";

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
