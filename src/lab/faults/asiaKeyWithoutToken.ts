import { VALID_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

/**
 * An ASIA key sent alone. The raw STS capture (issue jrl84/amazon-sp-api#218) and S3 capture (issue
 * raster-foundry/raster-foundry#289) answer as for an unknown key; PynamoDB#603 shows DynamoDB without the
 * period, so the period there is uncertain (../shared/reference §10.1): the scratchstack model (period) is followed.
 */
export const asiaKeyWithoutToken: Fault = {
  id: "asia-key-without-token",
  title: "Temporary key without its session token",
  description: "The client has an ASIA… key and its secret but no AWS_SESSION_TOKEN.",
  apply: (s) => ({
    ...s,
    credentials: { accessKeyId: VALID_TEMPORARY.accessKeyId, secretAccessKey: VALID_TEMPORARY.secretAccessKey },
  }),
  expected: {
    awsQuery: "query.InvalidClientTokenId.unknown-key",
    awsJson1_0: "json.UnrecognizedClientException.unknown-key",
    restJson1: "restjson.UnrecognizedClientException",
    restXml: "s3.InvalidAccessKeyId",
  },
};
