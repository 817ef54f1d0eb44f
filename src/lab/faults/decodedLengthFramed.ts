import { getChecksum } from "../checksums/getChecksum.ts";
import { encodeAwsChunked } from "../s3/awsChunked/encodeAwsChunked.ts";
import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "sigfix streams this object with a trailing CRC32.\n";

/**
 * A hand-built streaming upload (STREAMING-UNSIGNED-PAYLOAD-TRAILER) that puts the framed size, the Content-Length,
 * into x-amz-decoded-content-length. S3 answers 400 IncompleteBody "You did not provide the number of bytes
 * specified by the Content-Length HTTP header" with NumberBytesExpected and NumberBytesProvided (OpenStack Swift's
 * S3 suite run against AWS, test_strm_unsgnd_pyld_trl_too_many_bytes; no ../shared/reference entry).
 */
export const decodedLengthFramed: Fault = {
  id: "decoded-length-framed",
  title: "x-amz-decoded-content-length holds the framed size (S3)",
  description: "A hand-built aws-chunked upload sends the size of the framed body as x-amz-decoded-content-length, not the object's size.",
  apply: (s) => {
    const bytes = new TextEncoder().encode(BODY);
    const framed = encodeAwsChunked(bytes, 65536, [["x-amz-checksum-crc32", getChecksum("CRC32", bytes)]]).length;
    return {
      ...toObjectRequest(s, "PUT", "/stream.txt", [`Content-Encoding: aws-chunked`, `x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER`, `x-amz-trailer: x-amz-checksum-crc32`, `x-amz-sdk-checksum-algorithm: CRC32`, `x-amz-decoded-content-length: ${framed}`], BODY),
      mode: "header",
      awsChunked: { chunkSize: 65536 },
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 takes aws-chunked uploads."),
  expected: {},
};
