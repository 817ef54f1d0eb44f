import { DEFAULT_BUCKETS } from "../world/defaultWorld.ts";
import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * The most common S3 region mistake with an SDK that always uses regional names (JS v3, botocore outside us-east-1):
 * the client's region is right for its endpoint but not for the bucket, so the request reaches the wrong region's S3.
 * The catalogue has no PermanentRedirect entry, so `expected` is empty; tests/unit/lab/s3/region*.test.ts check it.
 */
export const bucketInOtherRegion: Fault = {
  id: "bucket-in-other-region",
  title: "Bucket in another region than the client's",
  description: "The client is set up for us-east-1 and sends to s3.us-east-1.amazonaws.com, but the bucket was created in eu-west-1.",
  apply: (s) => {
    const endpointRegion = s.endpointRegion ?? s.region;
    const bucket = DEFAULT_BUCKETS.find((b) => b.region !== endpointRegion)!;
    return { ...s, endpointRegion, request: readdressS3Request(s.request, { host: `${bucket.name}.s3.${endpointRegion}.amazonaws.com` }) };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 addresses a bucket that lives in one region."),
  expected: {},
};
