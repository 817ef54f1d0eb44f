import { getChecksum } from "../checksums/getChecksum.ts";
import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "name,count\nsigfix,1";

/**
 * A PutObject whose x-amz-checksum-crc32 was computed over the file, while a proxy adds a trailing newline to the
 * body it forwards (x-amz-content-sha256 is UNSIGNED-PAYLOAD, so only the checksum catches it). S3 answers 400
 * BadDigest "The CRC32 you specified did not match the calculated checksum." (catalogue/resolveS3IntegrityError.ts;
 * no entry in ../shared/reference yet, so `expected` is empty).
 */
export const checksumHeaderMismatch: Fault = {
  id: "checksum-header-mismatch",
  title: "x-amz-checksum-crc32 of other bytes (S3)",
  description: "The client sends x-amz-checksum-crc32 computed over the file, but a proxy re-encodes the body it forwards (a trailing newline).",
  apply: (s) => {
    const crc = getChecksum("CRC32", new TextEncoder().encode(BODY));
    return {
      ...toObjectRequest(s, "PUT", "/report.csv", [`Content-Type: text/csv`, `x-amz-content-sha256: UNSIGNED-PAYLOAD`, `x-amz-sdk-checksum-algorithm: CRC32`, `x-amz-checksum-crc32: ${crc}`], BODY),
      mode: "header",
      tamper: "body",
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 checks x-amz-checksum-* headers."),
  expected: {},
};
