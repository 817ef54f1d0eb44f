import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * botocore's us-east-1 default: a URL presigned for us-east-1 on the global name `bucket.s3.amazonaws.com`, whose DNS
 * sends it to the bucket's region, eu-west-1. The catalogue's entry for this text (`.other`) has no body example, so
 * the fault matrix could not check the <Region> element: `expected` is empty and tests/unit/lab/s3 checks it.
 */
export const presignWithoutBucketRegion: Fault = {
  id: "presign-without-bucket-region",
  title: "Presigned URL made without the bucket's region",
  description: "The URL is presigned with the default region us-east-1 for a bucket in eu-west-1, on sigfix-example-eu.s3.amazonaws.com.",
  apply: (s) => ({
    ...s,
    mode: "query",
    expiresIn: 900,
    region: "us-east-1",
    endpointRegion: "us-east-1",
    request: readdressS3Request(s.request, { host: "sigfix-example-eu.s3.amazonaws.com" }),
  }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 addresses a bucket that lives in one region."),
  expected: {},
};
