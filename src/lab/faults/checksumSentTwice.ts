import { getChecksum } from "../checksums/getChecksum.ts";
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
    const host = s.request.match(/\r?\nHost: *([^\r\n]+)/i)?.[1] ?? "sigfix-example.s3.us-east-1.amazonaws.com";
    const bytes = new TextEncoder().encode(BODY);
    return {
      ...s,
      mode: "header",
      request: `PUT /report.csv HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/csv\r\nx-amz-checksum-sha256: ${getChecksum("SHA256", bytes)}\r\nx-amz-sdk-checksum-algorithm: CRC32\r\nx-amz-checksum-crc32: ${getChecksum("CRC32", bytes)}\r\n\r\n${BODY}`,
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 checks x-amz-checksum-* headers."),
  expected: {},
};
