import type { Confidence, FailureKind, FailureParams, ResolvedError } from "./types.ts";
import type { ErrorCode } from "./errorCodes.ts";

/*
 * S3's answers about payload integrity (issue 12): aws-chunked framing and trailers, x-amz-checksum-* values,
 * Content-MD5. Sources, each recorded against AWS itself:
 * - LS: localstack tests/aws/services/s3/test_s3.snapshot.json (AWS-recorded snapshots, 2026-02-21):
 *   test_put_object_checksum[*], test_s3_checksum_no_algorithm, test_s3_invalid_content_md5.
 *   https://github.com/localstack/localstack/blob/main/tests/aws/services/s3/test_s3.snapshot.json
 * - SW: OpenStack Swift's S3 compatibility suite, written and run against AWS (SWIFT_TEST_AWS_CONFIG_FILE; its
 *   comments note where AWS differs from Swift): https://github.com/openstack/swift/blob/master/test/s3api/test_input_errors.py
 * `confirmed` below = both; `single-source` = SW only (its assertions are substring checks, so element order is
 * the lab's choice and said so).
 */
const INCOMPLETE_SHORT = "The request body terminated unexpectedly";
const INCOMPLETE_COUNTED = "You did not provide the number of bytes specified by the Content-Length HTTP header";

type Make = (code: ErrorCode, status: number, message: string, catalogueId: string | null, confidence: Confidence,
  extras?: Array<[string, string]>, note?: string) => ResolvedError;

/** The resolved error for an S3 payload-integrity failure, or undefined when `kind` is not one. */
export function resolveS3IntegrityError(kind: FailureKind, p: FailureParams, make: Make): ResolvedError | undefined {
  const alg = p.checksumAlgorithm ?? "CRC32";
  switch (kind) {
    case "incompleteBody":
      // SW assertIncompleteBody: a malformed or truncated aws-chunked body gets the short text and no counts; a
      // well-formed one whose data length differs from x-amz-decoded-content-length gets the counted text.
      return p.bytesExpected === undefined
        ? make("IncompleteBody", 400, INCOMPLETE_SHORT, null, "single-source")
        : make("IncompleteBody", 400, INCOMPLETE_COUNTED, null, "single-source",
          [["NumberBytesExpected", String(p.bytesExpected)], ["NumberBytesProvided", String(p.bytesProvided ?? 0)]],
          "The two counts are in SW's assertions; their order in the body is not (the lab puts Expected first).");
    case "missingDecodedLength":
      // SW test_no_md5_streaming_unsigned_bad_decoded_content_length: 411, and it means x-amz-decoded-content-length.
      return make("MissingContentLength", 411, "You must provide the Content-Length HTTP header.", null, "single-source");
    case "invalidChunkSize":
      // SW test_strm_sgnd_pyld_too_small_chunks: 403, and <Chunk> names the chunk after the short one.
      return make("InvalidChunkSizeError", 403, "Only the last chunk is allowed to have a size less than 8192 bytes", null, "single-source",
        [["Chunk", String(p.chunkNumber ?? 0)], ["BadChunkSize", String(p.badChunkSize ?? 0)]]);
    case "malformedTrailer":
      return make("MalformedTrailerError", 400, "The request contained trailing data that was not well-formed or did not conform to our published schema.", null, "single-source");
    case "trailerUnsupported":
      return make("InvalidRequest", 400, "The value specified in the x-amz-trailer header is not supported", null, "single-source");
    case "checksumMultiple":
      // LS test_s3_checksum_no_algorithm put-2-checksums; SW test_no_md5_good_sha_multiple_crc_in_headers.
      return make("InvalidRequest", 400, "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.", null, "confirmed");
    case "checksumAlgorithmUnknown":
      return make("InvalidRequest", 400, "The algorithm type you specified in x-amz-checksum- header is invalid.", null, "single-source");
    case "checksumInvalid":
      // LS put-wrong-checksum-no-b64 (header); SW test_strm_unsgnd_pyld_trl_with_trailer_checksum_invalid (trailer).
      return p.trailing
        ? make("InvalidRequest", 400, `Value for x-amz-checksum-${alg.toLowerCase()} trailing header is invalid.`, null, "single-source")
        : make("InvalidRequest", 400, `Value for x-amz-checksum-${alg.toLowerCase()} header is invalid.`, null, "confirmed");
    case "checksumMismatch":
      // LS put-wrong-checksum-value for all five algorithms; SW assertBadChecksumDigest (no value echoed); run
      // against AWS in https://github.com/ministackorg/ministack/issues/1497; SHA256 form in aws/aws-sdk-js-v3#6888.
      return make("BadDigest", 400, `The ${alg} you specified did not match the calculated checksum.`, null, "confirmed");
    case "sdkChecksumAlgorithmInvalid":
      return make("InvalidRequest", 400, "Value for x-amz-sdk-checksum-algorithm header is invalid.", null, "single-source");
    case "sdkChecksumWithoutChecksum":
      return make("InvalidRequest", 400, "x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.", null, "single-source");
    case "contentMd5Invalid":
      // LS md5-error-0..4 (the Content-MD5 element); SW assertInvalidDigest.
      return make("InvalidDigest", 400, "The Content-MD5 you specified was invalid.", null, "confirmed", [["Content-MD5", p.contentMd5 ?? ""]]);
    case "contentMd5Mismatch":
      // LS md5-error-bad-digest: ExpectedDigest in hex (the decoded Content-MD5), CalculatedDigest in base64; raw
      // bodies: rclone/rclone#4928 (Server: AmazonS3, hex Expected), dandi/dandi-cli#1821 (2026: CalculatedDigest
      // first, the order followed here; 2016-2023 captures had ExpectedDigest first, and 2013 ones base64 in both).
      return make("BadDigest", 400, "The Content-MD5 you specified did not match what we received.", null, "confirmed",
        [["CalculatedDigest", p.calculatedDigest ?? ""], ["ExpectedDigest", p.expectedDigest ?? ""]],
        "Element order as in 2026 captures (CalculatedDigest first); older captures put ExpectedDigest first.");
    default:
      return undefined;
  }
}
