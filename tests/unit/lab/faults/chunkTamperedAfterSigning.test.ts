import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario, decodeAwsChunked, runScenario } from "../../../../src/lab/index.ts";
import { chunkTamperedAfterSigning } from "../../../../src/lab/faults/chunkTamperedAfterSigning.ts";

const base = (service = "s3") => createDefaultScenario(service, "2026-01-15T12:00:00Z");

describe("chunk-tampered-after-signing", () => {
  it("streams a signed aws-chunked PutObject, one byte of chunk 1 changed after signing", async () => {
    const r = await runScenario(chunkTamperedAfterSigning.apply(base()));
    assert.ok(!("error" in r));
    const decoded = decodeAwsChunked(r.signed.body);
    assert.ok(decoded.ok);
    assert.equal(new TextDecoder().decode(decoded.value.data), "Sigfix streams this object in signed chunks.\n");
    assert.equal(r.verdict.outcome, "SignatureDoesNotMatch");
    assert.ok(r.responseText.includes("<StringToSign>AWS4-HMAC-SHA256-PAYLOAD\n20260115T120000Z\n20260115/us-east-1/s3/aws4_request\n"));
  });
  it("without the tamper, the same stream verifies", async () => {
    const s = chunkTamperedAfterSigning.apply(base());
    const r = await runScenario({ ...s, awsChunked: { chunkSize: 65536 } });
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "ok", r.verdict.explanation.summary);
  });
  it("applies to S3 only", () => {
    assert.equal(chunkTamperedAfterSigning.notApplicable?.("s3"), null);
    assert.ok(chunkTamperedAfterSigning.notApplicable?.("sts"));
  });
});
