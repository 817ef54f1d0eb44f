import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { checksumSentTwice } from "../../../../src/lab/faults/checksumSentTwice.ts";

describe("checksum-sent-twice", () => {
  it("two right checksums are still one too many", async () => {
    const r = await runScenario(checksumSentTwice.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")));
    assert.ok(!("error" in r));
    assert.deepEqual([r.verdict.outcome, r.verdict.message], ["InvalidRequest", "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed."]);
  });
});
