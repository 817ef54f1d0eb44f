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
    const host = s.request.match(/\r?\nHost: *([^\r\n]+)/i)?.[1] ?? "sigfix-example.s3.us-east-1.amazonaws.com";
    return {
      ...s,
      request: `PUT /upload.txt HTTP/1.1\r\nHost: ${host}\r\nx-amz-checksum-crc32: AAAAAA==\r\nx-amz-sdk-checksum-algorithm: CRC32\r\n\r\nhello from the browser`,
      mode: "query",
      expiresIn: 900,
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 presigns PutObject URLs."),
  expected: {},
};
