import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { checksumHeaderMismatch } from "../../../../src/lab/faults/checksumHeaderMismatch.ts";

describe("checksum-header-mismatch", () => {
  it("a signed x-amz-checksum-crc32 of the file, a body a proxy changed: BadDigest", async () => {
    const r = await runScenario(checksumHeaderMismatch.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")));
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "BadDigest");
    assert.equal(r.response.status, 400);
    assert.equal(r.verdict.message, "The CRC32 you specified did not match the calculated checksum.");
  });
  it("without the proxy, the same request verifies", async () => {
    const r = await runScenario({ ...checksumHeaderMismatch.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")), tamper: null });
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "ok");
  });
  it("applies to S3 only", () => assert.ok(checksumHeaderMismatch.notApplicable?.("dynamodb")));
});
