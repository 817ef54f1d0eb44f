import { SKEW_SECONDS } from "./constants.ts";
import type { Fault } from "./types.ts";

export const clockSkewAhead: Fault = {
  id: "clock-skew-ahead",
  title: "Client clock 20 minutes ahead",
  description: "The client's clock runs 20 minutes fast, so X-Amz-Date lies further in the future than the skew window allows.",
  apply: (s) => ({ ...s, clockSkewSeconds: s.clockSkewSeconds + SKEW_SECONDS }),
  expected: {
    awsQuery: "query.SignatureDoesNotMatch.signature-not-yet-current",
    awsJson1_0: "json.InvalidSignatureException.signature-not-yet-current",
    awsJson1_1: "json.InvalidSignatureException.signature-not-yet-current",
    restJson1: "json.InvalidSignatureException.signature-not-yet-current",
    restXml: "s3.RequestTimeTooSkewed",
    ec2Query: "ec2.RequestExpired",
  },
};
