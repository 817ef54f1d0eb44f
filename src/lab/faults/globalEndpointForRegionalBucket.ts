import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * `https://s3.amazonaws.com/bucket/key` for a bucket outside us-east-1: the path-style global name is us-east-1's,
 * so even a request signed for the bucket's region gets the 301 (no catalogue entry: `expected` is empty).
 */
export const globalEndpointForRegionalBucket: Fault = {
  id: "global-endpoint-for-regional-bucket",
  title: "Path-style URL on s3.amazonaws.com for a bucket outside us-east-1",
  description: "The request goes to https://s3.amazonaws.com/sigfix-example-eu/…, signed for eu-west-1, the bucket's region.",
  apply: (s) => ({
    ...s,
    region: "eu-west-1",
    endpointRegion: "us-east-1",
    request: readdressS3Request(s.request, { host: "s3.amazonaws.com", pathPrefix: "/sigfix-example-eu" }),
  }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 addresses a bucket that lives in one region."),
  expected: {},
};
