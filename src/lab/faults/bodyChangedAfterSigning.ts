import { SIGNATURE_MISMATCH } from "./constants.ts";
import type { Fault } from "./types.ts";

const { restXml: _s3, ...nonS3 } = SIGNATURE_MISMATCH;

/** S3 compares the body with x-amz-content-sha256; AWS's answer to that is not captured (§4.8, §12.7). */
export const bodyChangedAfterSigning: Fault = {
  id: "body-changed-after-signing",
  title: "A proxy changed the body",
  description: "Something between client and AWS re-serialised the body after it was signed.",
  apply: (s) => ({ ...s, tamper: "body" }),
  notApplicable: (service) =>
    service === "s3" || service === "lambda" ? "The sample request is a GET without a body." : null,
  expected: { ...nonS3 },
};
