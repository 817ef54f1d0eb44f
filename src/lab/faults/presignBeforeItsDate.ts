import type { Fault } from "./types.ts";

/** A presigning machine whose clock is a day fast (the captures in checkPresignNotYetValid.ts are a day or more ahead). */
export const presignBeforeItsDate: Fault = {
  id: "presign-before-its-date",
  title: "Presigned URL used before its X-Amz-Date",
  description: "The server that presigns the URL runs a day fast, so the URL's X-Amz-Date is tomorrow when the browser opens it.",
  apply: (s) => ({ ...s, mode: "query", expiresIn: 900, clockSkewSeconds: s.clockSkewSeconds + 86_400 }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 answers a presigned URL from the future with its own error."),
  expected: {},
};
