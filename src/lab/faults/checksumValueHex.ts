import { getCrc32 } from "../render/getCrc32.ts";
import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "name,count\nsigfix,1";

/**
 * Hand-made checksum code that sends the CRC32 as hex (`3610a686`) instead of base64 of its four bytes. S3 answers
 * 400 InvalidRequest "Value for x-amz-checksum-crc32 header is invalid." (localstack's AWS-recorded snapshot,
 * put-wrong-checksum-no-b64; no ../shared/reference entry, so `expected` is empty).
 */
export const checksumValueHex: Fault = {
  id: "checksum-value-hex",
  title: "x-amz-checksum-crc32 sent as hex (S3)",
  description: "Your code computes the body's CRC32 but writes it in hex, not base64 of its four big-endian bytes.",
  apply: (s) => {
    const hex = getCrc32(BODY).toString(16).padStart(8, "0");
    return { ...toObjectRequest(s, "PUT", "/report.csv", [`Content-Type: text/csv`, `x-amz-checksum-crc32: ${hex}`], BODY), mode: "header" };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 checks x-amz-checksum-* headers."),
  expected: {},
};
