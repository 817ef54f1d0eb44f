import { SKEW_SECONDS } from "./constants.ts";
import type { Fault } from "./types.ts";

export const clockSkewBehind: Fault = {
  id: "clock-skew-behind",
  title: "Client clock 20 minutes behind",
  description: "The client's clock runs 20 minutes slow, so X-Amz-Date is older than the service's skew window allows.",
  apply: (s) => ({ ...s, clockSkewSeconds: s.clockSkewSeconds - SKEW_SECONDS }),
  expected: {
    awsQuery: "query.SignatureDoesNotMatch.signature-expired",
    awsJson1_0: "json.InvalidSignatureException.signature-expired.15min",
    awsJson1_1: "json.InvalidSignatureException.signature-expired.5min",
    restJson1: "json.InvalidSignatureException.signature-expired.5min",
    restXml: "s3.RequestTimeTooSkewed",
    ec2Query: "ec2.RequestExpired",
  },
};
