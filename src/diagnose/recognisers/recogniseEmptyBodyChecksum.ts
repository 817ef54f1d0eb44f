import type { Recogniser } from "./types.ts";

/**
 * `AAAAAA==` is the CRC32 (and CRC32C) of zero bytes: JS SDK v3 ≥ 3.729 bakes it into presigned PutObject URLs
 * (`x-amz-checksum-crc32=AAAAAA%3D%3D`), and a store that checks it refuses the real body.
 * sources: seaweedfs/seaweedfs#10216 ("expected AAAAAA=="), localstack/localstack#12169, crafter-station/petdex#465.
 */
const EMPTY_CRC = /x-amz-checksum-crc32c?(?:=|%3D|:\s*|[^\n]{0,40}?\bexpected\s+)AAAAAA(?:==|%3D%3D)/i;

/** A CRC32 of an empty body where a real body was sent. */
export const recogniseEmptyBodyChecksum: Recogniser = {
  name: "empty-body checksum",
  recognise(paste) {
    if (!EMPTY_CRC.test(paste.text)) return null;
    return {
      facts: [],
      hints: [
        {
          severity: "info",
          text: "The checksum sent is AAAAAA==, the CRC32 of an empty body: the URL was presigned (JS SDK v3 ≥ 3.729) before the body was known. Presign without the checksum (requestChecksumCalculation: \"WHEN_REQUIRED\").",
          causes: ["presigned-put-empty-body-crc32"],
        },
      ],
    };
  },
};
