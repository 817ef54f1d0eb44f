import { getChecksum } from "../checksums/getChecksum.ts";
import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "name,count\nsigfix,1";

/**
 * Code that sets its own ChecksumSHA256 while the SDK adds its default CRC32: two x-amz-checksum-* headers. S3
 * answers 400 InvalidRequest "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed."
 * (localstack's AWS-recorded snapshot, put-2-checksums; no ../shared/reference entry, so `expected` is empty).
 */
export const checksumSentTwice: Fault = {
  id: "checksum-sent-twice",
  title: "Two x-amz-checksum-* headers (S3)",
  description: "Your code sets x-amz-checksum-sha256 itself, and the SDK adds its default x-amz-checksum-crc32 too.",
  apply: (s) => {
    const bytes = new TextEncoder().encode(BODY);
    return {
      ...toObjectRequest(s, "PUT", "/report.csv", [`Content-Type: text/csv`, `x-amz-checksum-sha256: ${getChecksum("SHA256", bytes)}`, `x-amz-sdk-checksum-algorithm: CRC32`, `x-amz-checksum-crc32: ${getChecksum("CRC32", bytes)}`], BODY),
      mode: "header",
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 checks x-amz-checksum-* headers."),
  expected: {},
};
