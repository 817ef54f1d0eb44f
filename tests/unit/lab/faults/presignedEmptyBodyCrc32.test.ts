import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { presignedEmptyBodyCrc32 } from "../../../../src/lab/faults/presignedEmptyBodyCrc32.ts";

describe("presigned-empty-body-crc32", () => {
  it("signs x-amz-checksum-crc32=AAAAAA== into the URL; AWS accepts the non-empty PUT and says which stores do not", async () => {
    const r = await runScenario(presignedEmptyBodyCrc32.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")));
    assert.ok(!("error" in r));
    assert.match(r.signed.target, /[?&]x-amz-checksum-crc32=AAAAAA%3D%3D(&|$)/);
    assert.equal(r.verdict.outcome, "ok");
    assert.match(r.verdict.explanation.summary, /does not check it.*R2/);
  });
  it("applies to S3 only", () => assert.ok(presignedEmptyBodyCrc32.notApplicable?.("sts")));
});
