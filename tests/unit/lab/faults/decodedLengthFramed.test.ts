import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { decodedLengthFramed } from "../../../../src/lab/faults/decodedLengthFramed.ts";

describe("decoded-length-framed", () => {
  it("puts the framed size in x-amz-decoded-content-length: IncompleteBody with both counts", async () => {
    const r = await runScenario(decodedLengthFramed.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")));
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "IncompleteBody");
    assert.equal(r.signed.body.length, 92, "the framed body is what x-amz-decoded-content-length claims");
    assert.ok(r.response.body.includes("<NumberBytesExpected>92</NumberBytesExpected><NumberBytesProvided>50</NumberBytesProvided>"));
  });
});
