import { parseAuthorization } from "../verify/parseAuthorization.ts";
import type { LabRequest } from "../types.ts";
import { renderDoorJson, withSignatureDetail } from "./renderDoorJson.ts";
import type { DoorFailure, FrontDoor } from "./types.ts";

const BODY = '{"query":"query { listNotes { items { id } } }"}';

/** AppSync names the first header listed in SignedHeaders that the request lacks (awslabs/aws-mobile-appsync-sdk-js#702). */
function signedHeadersPresent(req: LabRequest): DoorFailure | null {
  const auth = parseAuthorization(req, "coral");
  if (auth.kind !== "auth" || !auth.signedHeaders) return null;
  const present = new Set(req.headers.map((h) => h.name.toLowerCase()));
  const absent = auth.signedHeaders.split(";").find((h) => h !== "" && !present.has(h.toLowerCase()));
  if (absent === undefined) return null;
  return {
    code: "IncompleteSignatureException",
    status: 403,
    message: `'${absent}' is named as a SignedHeader, but it does not exist in the HTTP request.`,
    check: "authSyntax",
    catalogueId: "signed-header-absent",
    confidence: "single-source",
    summary: `SignedHeaders names \`${absent}\`, but the request that reached AppSync has no such header: something between the signer and AppSync (a fetch wrapper, a proxy, a GraphQL client) dropped it.`,
    fix: `Sign the request exactly as it is sent: either keep \`${absent}\` on the wire or sign without it.`,
  };
}

/** AppSync GraphQL endpoints with AWS_IAM: signing name `appsync`, host `<id>.appsync-api.<region>.amazonaws.com`. */
export const appSync: FrontDoor = {
  id: "appsync",
  title: "AppSync GraphQL (AWS_IAM)",
  signingName: "appsync",
  baseService: "appsync",
  sampleRequest: (region) =>
    `POST /graphql HTTP/1.1\r\nHost: sigfixexampleapiid000000a.appsync-api.${region}.amazonaws.com\r\nAccept: application/json\r\nContent-Type: application/json\r\n\r\n${BODY}`,
  mode: "header",
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: true,
  precheck: signedHeadersPresent,
  reword: (verdict) => (verdict.failedCheck === "signature" ? { ...withSignatureDetail(verdict), confidence: "single-source" } : verdict),
  renderError: (verdict, ctx) =>
    renderDoorJson(verdict, ctx, {
      body: (v) => ({ errors: [{ errorType: v.outcome, message: v.message }] }),
      errorTypeSuffix: "",
    }),
  modelNote: "a header named in SignedHeaders but absent is refused first; errors come as {\"errors\":[{\"errorType\",\"message\"}]}; a 5-minute window.",
  facts: [
    {
      claim: "Errors come as {\"errors\":[{\"errorType\":…,\"message\":…}]}; a header named in SignedHeaders but absent answers IncompleteSignatureException \"'accept' is named as a SignedHeader, but it does not exist in the HTTP request.\"",
      sources: ["https://github.com/awslabs/aws-mobile-appsync-sdk-js/issues/702"],
      confidence: "single-source",
    },
    {
      claim: "A signature mismatch answers 403 with x-amzn-ErrorType: InvalidSignatureException; AppSync's message carries the canonical request and string to sign (seen on the real-time handshake, as BadRequestException).",
      sources: ["https://github.com/aws-amplify/amplify-js/issues/2422", "https://github.com/awslabs/aws-mobile-appsync-sdk-js/pull/561"],
      confidence: "single-source",
    },
    {
      claim: "AppSync's clock-skew window is 5 minutes.",
      sources: ["https://github.com/awslabs/aws-mobile-appsync-sdk-js/issues/620"],
      confidence: "single-source",
    },
  ],
};
