import type { Fault } from "./types.ts";

/** botocore does not enforce the cap client-side (issue aws/aws-cli#5464). */
export const presignOverAWeek: Fault = {
  id: "presign-over-a-week",
  title: "Presigned URL valid for more than a week",
  description: "The URL asks for X-Amz-Expires=604801, one second past the seven-day cap.",
  apply: (s) => ({ ...s, mode: "query", expiresIn: 604801 }),
  expected: { restXml: "s3.AuthorizationQueryParametersError.expires-too-large" },
};
