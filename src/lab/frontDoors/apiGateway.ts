import { splitTarget } from "../request/splitTarget.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import type { LabRequest, Verdict } from "../types.ts";
import { messageBody, renderDoorJson, withSignatureDetail } from "./renderDoorJson.ts";
import type { DoorFailure, FrontDoor } from "./types.ts";

const API_ID = "a1b2c3d4e5";
/** The custom domain the sample API is mapped to, base path `(none)` → stage `prod`. */
export const API_GATEWAY_CUSTOM_DOMAIN = "api.sigfix.example";

export const apiGatewayHost = (region: string) => `${API_ID}.execute-api.${region}.amazonaws.com`;

/** The deployed routes, as each host sees them: the stage URL carries the stage, the custom domain does not. */
function isDeployedRoute(req: LabRequest): boolean {
  const host = (getHeaderValues(req, "host")[0] ?? "").toLowerCase().replace(/:443$/, "");
  const { path } = splitTarget(req.target);
  if (req.method !== "GET") return false;
  if (host === API_GATEWAY_CUSTOM_DOMAIN) return path === "/items";
  return path === "/prod/items";
}

const missingRoute = (): DoorFailure => ({
  code: "MissingAuthenticationTokenException",
  status: 403,
  message: "Missing Authentication Token",
  check: "protocol",
  catalogueId: "apigw.MissingAuthenticationToken",
  confidence: "confirmed",
  summary: "API Gateway found no deployed route for this method and path (the stage is missing from the path, the path or method is wrong, or the API was not deployed), and answers that before looking at any signature.",
  fix: "Call https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<path> (or the custom domain's path without the stage) with a method the resource defines.",
});

/**
 * A non-SigV4 Authorization header (a bearer JWT) gets the missing-parameter sentences and the header echoed,
 * on an IAM route or a route that does not exist alike (catalogue `apigw.incomplete-auth-header`).
 */
function notSigV4(req: LabRequest): DoorFailure | null {
  const authorization = getHeaderValues(req, "authorization")[0];
  if (authorization === undefined || authorization.startsWith("AWS4-")) return null;
  const dated = getHeaderValues(req, "x-amz-date").length > 0 || getHeaderValues(req, "date").length > 0;
  const message =
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
    (dated ? "" : "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ") +
    `Authorization=${authorization}`;
  return {
    code: "IncompleteSignatureException",
    status: 403,
    message,
    check: "authSyntax",
    catalogueId: "apigw.incomplete-auth-header",
    confidence: "confirmed",
    summary: `The Authorization header is not SigV4 (\`${authorization.slice(0, 40)}${authorization.length > 40 ? "…" : ""}\`): API Gateway reads it as a SigV4 header with every parameter missing.`,
    fix: "For an AWS_IAM route, sign with SigV4 for execute-api; for a token, give the route a Cognito or Lambda authorizer (or call the route that has one).",
  };
}

function reword(verdict: Verdict): Verdict {
  if (verdict.outcome === "MissingAuthenticationTokenException") {
    return { ...verdict, message: "Missing Authentication Token", catalogueId: "apigw.MissingAuthenticationToken", confidence: "confirmed" };
  }
  if (verdict.outcome === "InvalidSignatureException" && verdict.failedCheck === "signature") {
    return { ...withSignatureDetail(verdict), catalogueId: "apigw.InvalidSignatureException", confidence: "confirmed" };
  }
  if (verdict.outcome === "UnrecognizedClientException" && verdict.failedCheck === "accessKey") {
    return { ...verdict, catalogueId: "apigw.UnrecognizedClientException", confidence: "single-source" };
  }
  return verdict;
}

/** API Gateway REST APIs with `AWS_IAM` authorization (the `execute-api` data plane). */
export const apiGateway: FrontDoor = {
  id: "execute-api",
  title: "API Gateway (execute-api)",
  signingName: "execute-api",
  baseService: "apigatewaymanagementapi",
  sampleRequest: (region) => `GET /prod/items HTTP/1.1\r\nHost: ${apiGatewayHost(region)}\r\n\r\n`,
  mode: "header",
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: true,
  precheck: (req) => notSigV4(req) ?? (isDeployedRoute(req) ? null : missingRoute()),
  reword,
  renderError: (verdict, ctx) =>
    renderDoorJson(verdict, ctx, {
      body: messageBody,
      errorTypeSuffix: "",
      extraHeaders: () => [["x-amz-apigw-id", ctx.requestId.replace(/-/g, "").slice(0, 16)]],
    }),
  modelNote: "route matching and non-SigV4 Authorization headers come first; a signature mismatch carries the canonical request and string to sign; x-amzn-ErrorType is the bare code.",
  facts: [
    {
      claim: "A path, stage or method with no deployed route answers 403 {\"message\":\"Missing Authentication Token\"} before any authentication, signed or not.",
      sources: [
        "https://github.com/localstack/localstack (tests/aws/services/apigateway/test_apigateway_common.snapshot.json, recorded against AWS)",
        "https://github.com/pingidentity/pingone-sample-custom-signon/issues/103",
        "https://github.com/aws-samples/aws-microservices-deploy-options/issues/151",
      ],
      confidence: "confirmed",
    },
    {
      claim: "A signature mismatch answers 403 with x-amzn-ErrorType: InvalidSignatureException (no coral suffix) and a message carrying the canonical request and string to sign.",
      sources: [
        "https://github.com/aws/aws-sdk-js/issues/2372",
        "https://github.com/amzn/selling-partner-api-models/issues/113",
        "https://github.com/acm19/aws-request-signing-apache-interceptor/issues/86",
      ],
      confidence: "confirmed",
    },
    {
      claim: "API Gateway verifies the signature against the Host and path it received: through a custom domain that is the custom host and the path without the stage; a URL signed for the stage URL and sent to the custom domain (or the reverse) fails.",
      sources: [
        "https://github.com/acm19/aws-request-signing-apache-interceptor/issues/86",
        "https://github.com/jamesmbourne/aws4-axios/issues/397",
        "https://github.com/floci-io/floci/issues/4090",
      ],
      confidence: "single-source",
    },
    {
      claim: "Behind a CloudFront distribution (not a custom domain), CloudFront forwards the origin's Host, so the client must sign for the execute-api host and the stage path, not the viewer's domain.",
      sources: [
        "https://github.com/aws-amplify/amplify-cli/issues/5838",
        "https://github.com/aws-amplify/amplify-js/issues/9194",
        "https://github.com/vrtdev/aws-cloudfront-authorizer/pull/46",
      ],
      confidence: "confirmed",
    },
  ],
};
