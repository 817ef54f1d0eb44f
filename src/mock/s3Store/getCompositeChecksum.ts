import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";

/**
 * A multipart object's COMPOSITE checksum: the algorithm over the parts' decoded checksums, one after another,
 * base64, then `-N` (AWS, "Checking object integrity", "Using part-level checksums for multipart uploads"). Returns
 * undefined for an algorithm node offers no code for (CRC32C, CRC64NVME): the object then reports no checksum.
 */
export function getCompositeChecksum(header: string, partValues: string[]): string | undefined {
  const joined = Buffer.concat(partValues.map((v) => Buffer.from(v, "base64")));
  let digest: Buffer;
  if (header === "x-amz-checksum-sha256") digest = createHash("sha256").update(joined).digest();
  else if (header === "x-amz-checksum-sha1") digest = createHash("sha1").update(joined).digest();
  else if (header === "x-amz-checksum-crc32") {
    digest = Buffer.alloc(4);
    digest.writeUInt32BE(crc32(joined) >>> 0);
  } else return undefined;
  return `${digest.toString("base64")}-${partValues.length}`;
}
