import { MAX_S3_STORE_BYTES, MAX_S3_STORE_ENTRIES } from "../lab.ts";

/** An S3 error the object store answers with: the code, and its extra elements in AWS's order. */
export interface StoreError {
  code: StoreErrorCode;
  extras: Array<[string, string]>;
  /** Replaces the table's message (XSigfixStoreFull names the store's actual caps). */
  message?: string;
}

export type StoreErrorCode =
  | "NoSuchKey"
  | "NoSuchUpload"
  | "InvalidPart"
  | "InvalidPartOrder"
  | "EntityTooSmall"
  | "MalformedXML"
  | "InvalidRange"
  | "InvalidArgument"
  | "PreconditionFailed"
  | "XSigfixStoreFull";

/**
 * Status and exact message of each error, with where the text comes from. Extra elements are filled by the store
 * (`Key`, `UploadId`, `PartNumber`…), in the order the captures show.
 */
export const STORE_ERRORS: Record<StoreErrorCode, { status: number; message: string }> = {
  // source: https://github.com/frostealth/yii2-aws-s3/issues/25 (raw body: Key after Message, 404);
  // https://github.com/Automattic/knox/issues/203 (raw body). confirmed.
  NoSuchKey: { status: 404, message: "The specified key does not exist." },
  // source: https://github.com/peak/s5cmd/issues/450 (AWS, through the Go SDK, status 404);
  // https://github.com/localstack/localstack/issues/7162 (AWS, Go SDK). confirmed for the text; the UploadId
  // element is from AWS's error-code list (S3 API reference, "List of error codes") only: single-source.
  NoSuchUpload: { status: 404, message: "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed." },
  // source: https://github.com/versity/versitygw/issues/1008 (raw AWS body: UploadId, PartNumber, ETag; two spaces
  // after "found."); https://github.com/aws/aws-sdk-java/issues/1187 (AWS, same text). confirmed.
  InvalidPart: { status: 400, message: "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag." },
  // source: https://github.com/alexmojaki/s3-stream-upload/issues/33 (AWS, Java SDK, 400);
  // https://github.com/omrikiei/aws_logging_handlers/pull/28 (AWS, botocore). confirmed. AWS's error-code list has an
  // older wording ("The parts list must be specified in order by part number."); captures since 2021 show this one.
  // Extra elements: uncertain (no raw capture); the store sends UploadId, PartNumber and ETag as for InvalidPart.
  InvalidPartOrder: { status: 400, message: "The list of parts was not in ascending order. Parts must be ordered by part number." },
  // source: https://github.com/apache/arrow-rs/issues/3233 (raw AWS body, 2022: ProposedSize, MinSizeAllowed,
  // PartNumber, ETag without quotes); https://github.com/mumrah/s3-multipart/issues/8 (raw, 2012, same elements);
  // https://github.com/versity/versitygw/issues/1980 (AWS's text without "object" and without a full stop). confirmed.
  EntityTooSmall: { status: 400, message: "Your proposed upload is smaller than the minimum allowed size" },
  // source: S3 API reference, "List of error codes" (MalformedXML); https://github.com/aws/aws-sdk-js/issues/3163
  // (AWS, CompleteMultipartUpload). confirmed.
  MalformedXML: { status: 400, message: "The XML you provided was not well-formed or did not validate against our published schema" },
  // source: https://github.com/catalyst/moodle-tool_objectfs/issues/412 (raw AWS body, 416: RangeRequested,
  // ActualObjectSize); https://github.com/awslabs/aws-sdk-android-samples/issues/85 (AWS, 416). confirmed.
  InvalidRange: { status: 416, message: "The requested range is not satisfiable" },
  // source: https://github.com/apache/ozone/pull/5153 (AWS's text quoted for UploadPart's part number);
  // https://github.com/versity/versitygw/issues/1065. single-source.
  InvalidArgument: { status: 400, message: "Part number must be an integer between 1 and 10000, inclusive" },
  // source: S3 API reference, "List of error codes" (PreconditionFailed, 412) and GetObject's If-Match. single-source.
  PreconditionFailed: { status: 412, message: "At least one of the pre-conditions you specified did not hold" },
  // The mock's own: AWS has no full store. An `X`-prefixed code as MinIO names its own (XMinioStorageFull, 507), so
  // no reader mistakes it for AWS's; 507 Insufficient Storage (RFC 4918 §11.5).
  XSigfixStoreFull: { status: 507, message: getStoreFullMessage(MAX_S3_STORE_BYTES, MAX_S3_STORE_ENTRIES) },
};

export function storeError(code: StoreErrorCode, extras: Array<[string, string]> = [], message?: string): StoreError {
  return { code, extras, ...(message === undefined ? {} : { message }) };
}

/** What the mock says when a write does not fit: its caps, and what to do. */
export function getStoreFullMessage(maxBytes: number, maxEntries: number): string {
  const size = maxBytes % 1048576 === 0 ? `${maxBytes / 1048576} MiB` : `${maxBytes} bytes`;
  return `The sigfix mock endpoint keeps at most ${size} and ${maxEntries} objects and parts, in memory; this write does not fit. Delete objects or abort uploads (or restart npm run mock-aws) and try again.`;
}
