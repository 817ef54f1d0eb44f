import { SHA256_HEADER } from "../constants.ts";
import { createResponse } from "../render/createResponse.ts";
import { formatHttpDate } from "../render/formatHttpDate.ts";
import { parseAuthorization } from "../verify/parseAuthorization.ts";
import type { LabRequest } from "../types.ts";
import { OPENSEARCH_BODY } from "./openSearch.ts";
import { messageBody, renderDoorJson } from "./renderDoorJson.ts";
import type { DoorFailure, FrontDoor } from "./types.ts";

/** The header AOSS adds to its 403 (issues usebruno/bruno#8149, abutaha/aws-es-proxy#132). */
const RESPONSE_HINT: [string, string] = ["x-aoss-response-hint", "X01:gw-helper-deny"];

/**
 * AOSS refuses a request with a body whose signature does not cover x-amz-content-sha256. Requests without a
 * body pass without it in the captures (aws-es-proxy#132), though AWS's client page asks for it on every request
 * and aws/aws-sdk-php#3145 reports a HEAD failing: the lab follows the captures.
 */
function requireSignedContentHash(req: LabRequest): DoorFailure | null {
  if (req.body.length === 0) return null;
  const auth = parseAuthorization(req, "coral");
  if (auth.kind !== "auth" || auth.signedHeaders === undefined) return null;
  if (auth.signedHeaders.toLowerCase().split(";").includes(SHA256_HEADER)) return null;
  return {
    code: "Forbidden",
    status: 403,
    message: "403 Forbidden",
    check: "payloadHash",
    catalogueId: null,
    confidence: "confirmed",
    summary: "OpenSearch Serverless requires x-amz-content-sha256 on a request with a body, signed; this request's SignedHeaders do not include it. Its answer names no reason beyond the response hint X01:gw-helper-deny.",
    fix: "Sign with service `aoss` and add x-amz-content-sha256 (the body's SHA-256 in hex) before signing, so it is in SignedHeaders: in @smithy/signature-v4 set `applyChecksum: true`; opensearch-js, opensearch-py and aws4 ≥ the AOSS fix do it for `aoss`.",
  };
}

/** OpenSearch Serverless collections: signing name `aoss`, host `<collection-id>.<region>.aoss.amazonaws.com`. */
export const openSearchServerless: FrontDoor = {
  id: "opensearch-serverless",
  title: "OpenSearch Serverless collection (aoss)",
  signingName: "aoss",
  baseService: "opensearch",
  sampleRequest: (region) =>
    `POST /movies/_search HTTP/1.1\r\nHost: sigfix0collection0id1.${region}.aoss.amazonaws.com\r\nContent-Type: application/json\r\n\r\n${OPENSEARCH_BODY}`,
  mode: "header",
  signsContentSha256: true,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: false,
  precheck: requireSignedContentHash,
  renderError: (verdict, ctx) => {
    if (verdict.outcome !== "Forbidden") return renderDoorJson(verdict, ctx, { body: messageBody, errorTypeSuffix: "" });
    const body = JSON.stringify({ status: 403, "request-id": ctx.requestId, error: { reason: "403 Forbidden", type: "Forbidden" } });
    return createResponse(403, [
      ["x-request-id", ctx.requestId],
      RESPONSE_HINT,
      ["content-type", "application/json"],
      ["date", formatHttpDate(ctx.serverNow)],
      // lowercase, as in the wire logs (opensearch-project/logstash-output-opensearch#228)
      ["content-length", String(new TextEncoder().encode(body).length)],
    ], body);
  },
  modelNote: "signing name aoss; a request with a body must sign x-amz-content-sha256 or it gets OpenSearch's own 403 body; other failures are answered in REST-JSON words (aoss's own text is not fully captured).",
  facts: [
    {
      claim: "The signing name is `aoss`, not `es`.",
      sources: ["https://github.com/opensearch-project/opensearch-net/issues/129", "https://github.com/opensearch-project/opensearch-py/issues/683"],
      confidence: "confirmed",
    },
    {
      claim: "A request with a body whose signed headers lack x-amz-content-sha256 answers 403 {\"status\":403,\"request-id\":…,\"error\":{\"reason\":\"403 Forbidden\",\"type\":\"Forbidden\"}} with x-aoss-response-hint: X01:gw-helper-deny.",
      sources: [
        "https://github.com/usebruno/bruno/issues/8149",
        "https://github.com/abutaha/aws-es-proxy/issues/132",
        "https://github.com/opensearch-project/opensearch-cli/issues/72",
        "https://github.com/mhart/aws4/pull/169",
      ],
      confidence: "confirmed",
    },
    {
      claim: "Other authentication failures carry \"Customer authentication failed: ResultDetail: { Code=InvalidSignature, …\" in error.reason; no capture shows the full text, so the lab answers them in the REST-JSON family's words.",
      sources: ["https://github.com/opensearch-project/opensearch-cli/issues/72"],
      confidence: "uncertain",
    },
  ],
};
