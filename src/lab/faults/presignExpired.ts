import type { Fault } from "./types.ts";

/** The catalogue records the expiry answer for S3 presigned URLs only (§4.8, §6). */
export const presignExpired: Fault = {
  id: "presign-expired",
  title: "Presigned URL used after it expired",
  description: "A URL presigned for 15 minutes is opened an hour after it was made.",
  apply: (s) => ({ ...s, mode: "query", expiresIn: 900, clockSkewSeconds: s.clockSkewSeconds - 3600 }),
  expected: { restXml: "s3.AccessDenied.request-has-expired" },
};
