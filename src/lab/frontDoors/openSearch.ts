import { messageBody, renderDoorJson, withSignatureDetail } from "./renderDoorJson.ts";
import type { FrontDoor } from "./types.ts";

export const OPENSEARCH_BODY = '{"query":{"match_all":{}}}';

/** Amazon OpenSearch Service domains: signing name `es`, host `search-<domain>-<id>.<region>.es.amazonaws.com`. */
export const openSearch: FrontDoor = {
  id: "opensearch",
  title: "Amazon OpenSearch Service domain (es)",
  signingName: "es",
  baseService: "opensearch",
  sampleRequest: (region) =>
    `POST /logs/_search HTTP/1.1\r\nHost: search-sigfix-logs-a1b2c3d4e5f6g7h8.${region}.es.amazonaws.com\r\nContent-Type: application/json\r\n\r\n${OPENSEARCH_BODY}`,
  mode: "header",
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: true,
  reword: (verdict) =>
    verdict.outcome === "InvalidSignatureException" && verdict.failedCheck === "signature"
      ? { ...withSignatureDetail(verdict), catalogueId: "apigw.InvalidSignatureException", confidence: "confirmed" }
      : verdict,
  // The raw captures show the JSON body only; no x-amzn-ErrorType was captured for a domain endpoint.
  renderError: (verdict, ctx) => renderDoorJson(verdict, ctx, { body: messageBody, errorTypeSuffix: null }),
  modelNote: "signing name es; a signature mismatch carries the canonical request and string to sign; the captured bodies have no x-amzn-ErrorType.",
  facts: [
    {
      claim: "The signing name is `es` for OpenSearch Service domains, whatever the engine (Elasticsearch or OpenSearch).",
      sources: ["https://github.com/tsibelman/aws-signer-v4-dot-net/issues/10", "https://github.com/opensearch-project/opensearch-py/issues/683"],
      confidence: "confirmed",
    },
    {
      claim: "A signature mismatch answers 403 {\"message\":…} whose text carries the canonical request and the string to sign, as API Gateway's does.",
      sources: [
        "https://github.com/xcir/libvmod-awsrest/issues/8",
        "https://github.com/carsales/aws-request-signer/issues/10",
        "https://github.com/opensearch-project/opensearch-ruby/issues/141",
      ],
      confidence: "confirmed",
    },
    {
      claim: "x-amz-content-sha256 is optional for a managed domain (and required by OpenSearch Serverless); sending it works for both.",
      sources: ["https://github.com/opensearch-project/opensearch-js/pull/366"],
      confidence: "single-source",
    },
  ],
};
