/**
 * The checksum algorithms S3 accepts for an object (x-amz-checksum-<alg>, x-amz-sdk-checksum-algorithm), in the
 * order of S3's own list: `Checksum algorithm provided is unsupported. Please try again with any of the valid types:
 * [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]` (localstack test_s3.snapshot.json, recorded against AWS 2026-02-21).
 */
export const CHECKSUM_ALGORITHMS = ["CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256"] as const;

export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** Bytes of each digest: a header value is the base64 of exactly this many bytes, else S3 calls it invalid. */
export const CHECKSUM_DIGEST_BYTES: Record<ChecksumAlgorithm, number> = { CRC32: 4, CRC32C: 4, CRC64NVME: 8, SHA1: 20, SHA256: 32 };

/** The algorithm an `x-amz-checksum-<alg>` header (any case) or an algorithm name names, or undefined. */
export function getChecksumAlgorithm(name: string): ChecksumAlgorithm | undefined {
  const upper = name.toUpperCase();
  const bare = upper.startsWith("X-AMZ-CHECKSUM-") ? upper.slice("X-AMZ-CHECKSUM-".length) : upper;
  return (CHECKSUM_ALGORITHMS as readonly string[]).includes(bare) ? (bare as ChecksumAlgorithm) : undefined;
}

/** `x-amz-checksum-crc32` for CRC32: the header (and trailer) name S3 reads and stores. */
export function getChecksumHeaderName(algorithm: ChecksumAlgorithm): string {
  return `x-amz-checksum-${algorithm.toLowerCase()}`;
}
