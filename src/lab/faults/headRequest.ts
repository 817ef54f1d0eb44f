import { readdressS3Request } from "../s3/readdressS3Request.ts";
import type { Fault } from "./types.ts";

/**
 * HeadObject / HeadBucket: S3 answers an error to HEAD with the status and headers only (§2.5), so the SDKs print
 * just the status ("(403) … Forbidden"). Combine it with another fault; on its own it changes nothing but the method.
 */
export const headRequest: Fault = {
  id: "head-request",
  title: "The request is a HEAD (HeadObject, HeadBucket)",
  description: "The client asks for the object's metadata only, as head_object, HeadObjectCommand or `aws s3api head-object` do.",
  apply: (s) => ({ ...s, request: readdressS3Request(s.request, { method: "HEAD" }) }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3's REST API answers HEAD requests without a body here."),
  expected: {},
};
