import CRC32C from "crc-32/crc32c.js";
import { Sha256 } from "@aws-crypto/sha256-js";
import { sha1 } from "@noble/hashes/legacy.js";
import { getCrc32 } from "../render/getCrc32.ts";
import type { ChecksumAlgorithm } from "./checksumAlgorithms.ts";
import { encodeBase64 } from "./encodeBase64.ts";
import { getCrc64Nvme } from "./getCrc64Nvme.ts";

function uint32BigEndian(value: number): Uint8Array {
  return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

/** The digest bytes of `bytes` under `algorithm`, big-endian for the CRCs. */
export function getChecksumDigest(algorithm: ChecksumAlgorithm, bytes: Uint8Array): Uint8Array {
  switch (algorithm) {
    case "CRC32":
      return uint32BigEndian(getCrc32(bytes));
    case "CRC32C":
      // SheetJS crc-32's slice-by-16 table: ~10x faster than @aws-crypto/crc32c's ES5 iterator loop on 1 MiB.
      return uint32BigEndian(CRC32C.buf(bytes) >>> 0);
    case "CRC64NVME":
      return getCrc64Nvme(bytes);
    case "SHA1":
      return sha1(bytes);
    case "SHA256": {
      const hash = new Sha256();
      hash.update(bytes);
      return hash.digestSync();
    }
  }
}

/** The checksum as S3 reports it in `x-amz-checksum-<alg>`: base64 of the big-endian digest (`AAAAAA==` for an empty body's CRC32). */
export function getChecksum(algorithm: ChecksumAlgorithm, bytes: Uint8Array): string {
  return encodeBase64(getChecksumDigest(algorithm, bytes));
}
