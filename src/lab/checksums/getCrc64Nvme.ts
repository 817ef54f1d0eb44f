/**
 * CRC-64/NVME (reflected, polynomial 0x9A6C9329AC4BC9B5, init and xorout all ones), S3's CRC64NVME. Hand-written:
 * the only packaged JS implementation, `@aws-sdk/crc64-nvme`, is now a re-export of the SDK's internal
 * `@aws-sdk/checksums` (with its CRT hook), too much to ship to the browser for one table-driven loop.
 * The 64-bit state is kept as two 32-bit halves, so no BigInt runs per byte.
 */
const TABLE_HI = new Uint32Array(256);
const TABLE_LO = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let hi = 0, lo = n;
  for (let k = 0; k < 8; k++) {
    const carry = lo & 1;
    lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
    hi = hi >>> 1;
    if (carry) {
      hi = (hi ^ 0x9a6c9329) >>> 0;
      lo = (lo ^ 0xac4bc9b5) >>> 0;
    }
  }
  TABLE_HI[n] = hi;
  TABLE_LO[n] = lo;
}

/** The CRC64NVME of `bytes` as its 8 big-endian bytes (the order S3 base64-encodes). */
export function getCrc64Nvme(bytes: Uint8Array): Uint8Array {
  let hi = 0xffffffff, lo = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    const index = (lo ^ bytes[i]!) & 0xff;
    lo = (((lo >>> 8) | ((hi & 0xff) << 24)) ^ TABLE_LO[index]!) >>> 0;
    hi = ((hi >>> 8) ^ TABLE_HI[index]!) >>> 0;
  }
  hi = (hi ^ 0xffffffff) >>> 0;
  lo = (lo ^ 0xffffffff) >>> 0;
  return new Uint8Array([hi >>> 24, (hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff, lo >>> 24, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff]);
}
