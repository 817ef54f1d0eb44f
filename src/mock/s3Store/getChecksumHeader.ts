/** The object checksum headers S3 stores and echoes (S3 API reference, PutObject: x-amz-checksum-*). */
export const CHECKSUM_HEADERS = ["x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-crc64nvme", "x-amz-checksum-sha1", "x-amz-checksum-sha256"];

/** The first object checksum among lower-case headers, as `{ header, value }`; x-amz-checksum-algorithm and -type are not one. */
export function getChecksumHeader(headers: Array<[string, string]>): { header: string; value: string } | undefined {
  for (const [name, value] of headers) if (CHECKSUM_HEADERS.includes(name)) return { header: name, value };
  return undefined;
}
