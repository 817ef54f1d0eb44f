import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

/**
 * JS SDK v3 ≥ 3.729 presigns PutObject with the default checksum of the body it was given, none: the URL carries
 * `x-amz-checksum-crc32=AAAAAA==` and `x-amz-sdk-checksum-algorithm=CRC32`. The browser then PUTs the real file.
 * AWS S3 signs these query parameters but does not check them (verify/checks/getIgnoredQueryChecksum.ts has the
 * sources), so the upload succeeds and the verdict says so; R2, SeaweedFS and Garage refuse it. `expected` is
 * empty: on AWS there is no error.
 */
export const presignedEmptyBodyCrc32: Fault = {
  id: "presigned-empty-body-crc32",
  title: "Presigned PutObject URL with the CRC32 of an empty body (JS v3)",
  description: "getSignedUrl(PutObjectCommand) from JS SDK v3 3.729 or later puts x-amz-checksum-crc32=AAAAAA== in the URL; the browser then PUTs a non-empty file.",
  apply: (s) => {
    return {
      ...toObjectRequest(s, "PUT", "/upload.txt", [`x-amz-checksum-crc32: AAAAAA==`, `x-amz-sdk-checksum-algorithm: CRC32`], `hello from the browser`),
      mode: "query",
      expiresIn: 900,
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 presigns PutObject URLs."),
  expected: {},
};
