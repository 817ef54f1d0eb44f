import type { Fault } from "./types.ts";

const HEADER = "x-amz-checksum-mode";

/** S3 wants every x-amz-* header signed (localstack's AWS-recorded snapshot; catalogue `s3.AccessDenied.headers-not-signed`). */
export const unsignedRequiredHeader: Fault = {
  id: "unsigned-required-header",
  title: "An x-amz-* header left unsigned (S3)",
  description: `The client adds \`${HEADER}: ENABLED\` after signing, so it is not in SignedHeaders.`,
  apply: (s) => ({
    ...s,
    request: s.request.replace(/\r?\n\r?\n/, (blank) => `${blank.startsWith("\r") ? "\r\n" : "\n"}${HEADER}: ENABLED${blank}`),
    leaveHeaderUnsigned: HEADER,
  }),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 requires every x-amz-* header to be signed."),
  expected: { restXml: "s3.AccessDenied.headers-not-signed" },
};
