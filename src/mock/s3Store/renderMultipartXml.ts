import { escapeXml } from "./escapeXml.ts";
import type { StoredObject } from "./types.ts";

const S3_XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8"?>\n`;

/** CreateMultipartUpload's body: Bucket, Key, UploadId (S3 API reference, CreateMultipartUpload, "Examples"). */
export function renderInitiateMultipartUpload(bucket: string, key: string, uploadId: string): string {
  return (
    DECLARATION +
    `<InitiateMultipartUploadResult xmlns="${S3_XMLNS}"><Bucket>${escapeXml(bucket)}</Bucket><Key>${escapeXml(key)}</Key>` +
    `<UploadId>${escapeXml(uploadId)}</UploadId></InitiateMultipartUploadResult>`
  );
}

/** The element CompleteMultipartUploadResult names a checksum header by (x-amz-checksum-crc32 → ChecksumCRC32). */
const CHECKSUM_ELEMENT = new Map([
  ["x-amz-checksum-crc32", "ChecksumCRC32"],
  ["x-amz-checksum-crc32c", "ChecksumCRC32C"],
  ["x-amz-checksum-crc64nvme", "ChecksumCRC64NVME"],
  ["x-amz-checksum-sha1", "ChecksumSHA1"],
  ["x-amz-checksum-sha256", "ChecksumSHA256"],
]);

/**
 * CompleteMultipartUpload's body: Location, Bucket, Key, ETag, then the checksum and ChecksumType when the object
 * has one, in the order of the S3 API reference (CompleteMultipartUpload, "Response Syntax" and "Examples").
 */
export function renderCompleteMultipartUpload(location: string, bucket: string, key: string, obj: StoredObject): string {
  const sum = obj.checksum ? `<${CHECKSUM_ELEMENT.get(obj.checksum.header)}>${escapeXml(obj.checksum.value)}</${CHECKSUM_ELEMENT.get(obj.checksum.header)}><ChecksumType>${obj.checksum.type}</ChecksumType>` : "";
  return (
    DECLARATION +
    `<CompleteMultipartUploadResult xmlns="${S3_XMLNS}"><Location>${escapeXml(location)}</Location><Bucket>${escapeXml(bucket)}</Bucket>` +
    `<Key>${escapeXml(key)}</Key><ETag>${escapeXml(obj.etag)}</ETag>${sum}</CompleteMultipartUploadResult>`
  );
}
