import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { checksumValueHex } from "../../../../src/lab/faults/checksumValueHex.ts";

describe("checksum-value-hex", () => {
  it("sends the body's CRC32 in hex, and S3 calls the value invalid", async () => {
    const s = checksumValueHex.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z"));
    // zlib's CRC32 of the body, in hex: python3 -c 'import zlib;print("%08x" % zlib.crc32(b"name,count\nsigfix,1"))'
    assert.match(s.request, /x-amz-checksum-crc32: [0-9a-f]{8}\r\n/);
    const r = await runScenario(s);
    assert.ok(!("error" in r));
    assert.deepEqual([r.verdict.outcome, r.response.status, r.verdict.message], ["InvalidRequest", 400, "Value for x-amz-checksum-crc32 header is invalid."]);
  });
});
