import { SHA256_HEADER, UNSIGNED_PAYLOAD } from "../constants.ts";
import type { Fault } from "./types.ts";

/**
 * CloudFront OAC → Lambda function URL without the viewer's body hash: CloudFront cannot hash the body, so its
 * signature does not cover it (the lab signs UNSIGNED-PAYLOAD; see frontDoors/cloudFrontOacLambda.ts).
 */
export const oacWithoutContentSha256: Fault = {
  id: "oac-without-content-sha256",
  title: "POST through OAC without x-amz-content-sha256",
  description: "The browser POSTs to CloudFront without x-amz-content-sha256, so CloudFront's origin signature does not cover the body Lambda hashes.",
  frontDoor: "cloudfront-oac-lambda",
  apply: (s) => ({
    ...s,
    request: s.request.replace(/\r\nx-amz-content-sha256: [0-9a-f]{64}/i, `\r\n${SHA256_HEADER}: ${UNSIGNED_PAYLOAD}`),
  }),
  expected: {},
};
