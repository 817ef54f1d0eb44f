import { getChecksumAlgorithm } from "../../checksums/checksumAlgorithms.ts";
import { parseQueryPairs } from "../../request/parseQueryPairs.ts";

/**
 * S3 signs an `x-amz-checksum-*` (and `x-amz-sdk-checksum-algorithm`) in a presigned URL's query and then ignores
 * it: JS v3 ≥ 3.729 bakes `x-amz-checksum-crc32=AAAAAA==` (an empty body's CRC32) into presigned PutObject URLs and
 * the PUT of a real body succeeds on AWS. Sources (uncertain: maintainers' statements, no raw AWS capture):
 * localstack/localstack#12169 (maintainer: "is ignored on real AWS"), ministackorg/ministack#1705 ("Real S3 signs
 * the parameter and then ignores it"), minio/minio#20343 (quoting the S3 docs: presigned URLs do not support these
 * checksums). S3-compatible stores (R2, SeaweedFS, Garage) do check it. Returns the sentence the verdict says, or
 * undefined when the query carries no checksum.
 */
export function getIgnoredQueryChecksum(rawQuery: string | null, bodyBytes: number): string | undefined {
  const found = parseQueryPairs(rawQuery).find(([n]) => getChecksumAlgorithm(n) !== undefined && n.toLowerCase().startsWith("x-amz-checksum-"));
  if (!found) return undefined;
  const [name, value] = found;
  const empty = value === "AAAAAA==" && name.toLowerCase() === "x-amz-checksum-crc32";
  return `The presigned URL carries \`${name.toLowerCase()}=${value}\`${empty ? " (the CRC32 of an empty body, as JS SDK v3 ≥ 3.729 presigns PutObject by default)" : ""}; AWS S3 signs it but does not check it against the ${bodyBytes}-byte body. S3-compatible stores (Cloudflare R2, SeaweedFS, Garage) do check it and refuse the upload: presign with requestChecksumCalculation: "WHEN_REQUIRED" for them.`;
}
