import type { Fault } from "./types.ts";

export const unsignedRequest: Fault = {
  id: "unsigned-request",
  title: "No signature at all",
  description: "The client found no credentials and sent the request without Authorization or X-Amz-* parameters.",
  apply: (s) => ({ ...s, skipSigning: true }),
  notApplicable: (service) =>
    service === "s3" ? "An unsigned S3 request is anonymous: the answer depends on the bucket's policy, not on authentication." : null,
  expected: {
    awsQuery: "query.MissingAuthenticationToken",
    awsJson1_0: "json.MissingAuthenticationTokenException",
  },
};
