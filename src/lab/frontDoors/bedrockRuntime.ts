import { renderRestJson } from "../render/renderRestJson.ts";
import { getServiceSpec } from "../world/services.ts";
import type { FrontDoor } from "./types.ts";

/** A model ID with the `:` of its version suffix, as the SDKs send it: percent-encoded once in the path. */
export const BEDROCK_MODEL_PATH = "/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke";
const BODY = '{"anthropic_version":"bedrock-2023-05-31","max_tokens":16,"messages":[{"role":"user","content":"hi"}]}';

/**
 * Bedrock Runtime (InvokeModel, Converse): host prefix `bedrock-runtime`, signing name `bedrock`. The SDK sends
 * the model ID's `:` as `%3A` and, like every non-S3 service, encodes the path again in the canonical request:
 * `%253A`. A signer that encodes once (S3's rule) or signs the decoded path computes another signature.
 */
export const bedrockRuntime: FrontDoor = {
  id: "bedrock-runtime",
  title: "Bedrock Runtime",
  signingName: "bedrock",
  baseService: "bedrock-runtime",
  sampleRequest: (region) =>
    `POST ${BEDROCK_MODEL_PATH} HTTP/1.1\r\nHost: bedrock-runtime.${region}.amazonaws.com\r\nContent-Type: application/json\r\nAccept: application/json\r\n\r\n${BODY}`,
  mode: "header",
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: false,
  // The raw capture (aws-beam/aws-erlang#161) is REST-JSON exactly: coral suffix, short message, 192 bytes.
  renderError: (verdict, ctx) =>
    renderRestJson(verdict, { service: getServiceSpec("bedrock-runtime"), protocol: "restJson1", serverNow: ctx.serverNow, requestId: ctx.requestId, hostId: "", method: "POST" }),
  modelNote: "signing name bedrock; the model ID's %3A is encoded again (%253A) in the canonical path; the short signature message with the coral suffix.",
  facts: [
    {
      claim: "The signing name is `bedrock` while the host is bedrock-runtime.<region>.amazonaws.com (botocore's bedrock-runtime model: signingName bedrock, endpointPrefix bedrock-runtime).",
      sources: ["https://github.com/boto/botocore (botocore/data/bedrock-runtime/2023-09-30/service-2.json)"],
      confidence: "confirmed",
    },
    {
      claim: "The SDK percent-encodes the modelId label (`:` → %3A, `/` → %2F) and the SigV4 signer encodes each path segment again, so the canonical path holds %253A (and %252F for an inference-profile ARN).",
      sources: [
        "https://github.com/smithy-lang/smithy-typescript (packages/smithy-client/src/extended-encode-uri-component.ts; packages/signature-v4/src/SignatureV4Base.ts getCanonicalPath)",
        "https://github.com/higress-group/higress/pull/3590",
        "https://github.com/crmne/ruby_llm/pull/803",
      ],
      confidence: "confirmed",
    },
    {
      claim: "A mismatch answers 403, x-amzn-ErrorType: InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/ and the short message (Content-Length 192), without the canonical request.",
      sources: ["https://github.com/aws-beam/aws-erlang/issues/161"],
      confidence: "single-source",
    },
  ],
};
