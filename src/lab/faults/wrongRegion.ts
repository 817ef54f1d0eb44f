import { WRONG_REGION, WRONG_REGION_FALLBACK } from "./constants.ts";
import type { Fault } from "./types.ts";

export const wrongRegion: Fault = {
  id: "wrong-region",
  title: "Signed for the wrong region",
  description: "The client signs for another region than the endpoint's (AWS_REGION disagrees with the endpoint URL).",
  apply: (s) => {
    const endpointRegion = s.endpointRegion ?? s.region;
    return { ...s, endpointRegion, region: endpointRegion === WRONG_REGION ? WRONG_REGION_FALLBACK : WRONG_REGION };
  },
  notApplicable: (service) => (service === "iam" ? "IAM is a global service signed for us-east-1 whatever the client's region." : null),
  expected: {
    awsQuery: "scope.wrong-region",
    awsJson1_0: "scope.wrong-region",
    awsJson1_1: "scope.wrong-region",
    restJson1: "scope.wrong-region",
    restXml: "s3.AuthorizationHeaderMalformed.region",
  },
};
