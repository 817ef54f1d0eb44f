import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * A client with no region signs for us-east-1 and uses the bucket's global name, whose DNS takes the request to the
 * bucket's region (eu-west-1), which names itself in the error. `endpointRegion` is where DNS delivers the request.
 */
export const globalNameDefaultRegion: Fault = {
  id: "global-name-default-region",
  title: "No region set: signed for us-east-1 on the bucket's global name",
  description: "The client falls back to us-east-1 and sends to sigfix-example-eu.s3.amazonaws.com, which DNS routes to the bucket's region, eu-west-1.",
  apply: (s) => ({
    ...s,
    region: "us-east-1",
    endpointRegion: "eu-west-1",
    request: readdressS3Request(s.request, { host: "sigfix-example-eu.s3.amazonaws.com" }),
  }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 addresses a bucket that lives in one region."),
  expected: { restXml: "s3.AuthorizationHeaderMalformed.region" },
};
