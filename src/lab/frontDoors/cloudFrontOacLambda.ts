import { sha256Hex } from "../crypto/sha256Hex.ts";
import { LAMBDA_URL_BODY, lambdaFunctionUrl, lambdaUrlHost } from "./lambdaFunctionUrl.ts";
import type { FrontDoor } from "./types.ts";

/**
 * CloudFront origin access control signing for a Lambda function URL origin. The request the lab signs is
 * CloudFront's origin request (the lab's default key stands in for CloudFront's service principal): CloudFront
 * signs the viewer's `x-amz-content-sha256` as the payload hash, and Lambda hashes the body it receives.
 */
export const cloudFrontOacLambda: FrontDoor = {
  ...lambdaFunctionUrl,
  id: "cloudfront-oac-lambda",
  title: "CloudFront origin access control → Lambda function URL",
  sampleRequest: (region) =>
    `POST /greet HTTP/1.1\r\nHost: ${lambdaUrlHost(region)}\r\nContent-Type: application/json\r\nx-amz-content-sha256: ${sha256Hex(LAMBDA_URL_BODY)}\r\n\r\n${LAMBDA_URL_BODY}`,
  modelNote: "CloudFront signs the viewer's x-amz-content-sha256 as the payload hash and Lambda hashes the body it receives; without the header the lab signs UNSIGNED-PAYLOAD (what CloudFront signs is not documented).",
  facts: [
    {
      claim: "For PUT and POST through OAC to a function URL, the viewer must send x-amz-content-sha256 with the SHA-256 of the body: CloudFront does not hash the body, and Lambda does not support unsigned payloads.",
      sources: [
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html",
        "https://github.com/cdklabs/cdk-nextjs/issues/87",
        "https://github.com/minorun365/html-share/issues/4",
      ],
      confidence: "confirmed",
    },
    {
      claim: "Without the header every request with a body fails with 403 InvalidSignatureException and the short message; GETs pass because an empty body's hash is fixed.",
      sources: ["https://github.com/minorun365/html-share/issues/4", "https://github.com/aws-amplify/amplify-backend/pull/3194"],
      confidence: "confirmed",
    },
    {
      claim: "What CloudFront puts in the payload-hash line when the viewer sent no header is not documented; the lab signs UNSIGNED-PAYLOAD, the value AWS says Lambda refuses.",
      sources: ["https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html"],
      confidence: "uncertain",
    },
  ],
};
