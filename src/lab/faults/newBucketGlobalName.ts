import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * A bucket created minutes ago in eu-west-1 (`sigfix-example-new`, whose DNS entry is still pending in the default
 * world), addressed by its global name: us-east-1 answers 307 TemporaryRedirect (no catalogue entry).
 */
export const newBucketGlobalName: Fault = {
  id: "new-bucket-global-name",
  title: "A bucket just created outside us-east-1, addressed by its global name",
  description: "The request goes to sigfix-example-new.s3.amazonaws.com, signed for eu-west-1, minutes after the bucket was created there.",
  apply: (s) => ({
    ...s,
    region: "eu-west-1",
    endpointRegion: "us-east-1",
    request: readdressS3Request(s.request, { host: "sigfix-example-new.s3.amazonaws.com" }),
  }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 addresses a bucket that lives in one region."),
  expected: {},
};
