import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createDefaultScenario, runScenario } from "../../../../src/lab/index.ts";
import { contentMd5Hex } from "../../../../src/lab/faults/contentMd5Hex.ts";

describe("content-md5-hex", () => {
  it("sends md5(body) in hex: InvalidDigest, the value echoed", async () => {
    const hex = createHash("md5").update("name,count\nsigfix,1").digest("hex");
    const r = await runScenario(contentMd5Hex.apply(createDefaultScenario("s3", "2026-01-15T12:00:00Z")));
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "InvalidDigest");
    assert.ok(r.response.body.includes(`<Content-MD5>${hex}</Content-MD5>`));
  });
});
