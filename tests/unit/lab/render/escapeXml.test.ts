import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { escapeXml } from "../../../../src/lab/render/escapeXml.ts";

describe("escapeXml", () => {
  it("escapes ampersands and angle brackets", () => {
    assert.equal(escapeXml("a&b <c>"), "a&amp;b &lt;c&gt;");
  });
  it("keeps quotes and apostrophes literal, as S3's captured body does", () => {
    assert.equal(
      escapeXml(`expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`),
      `expecting "&lt;YOUR-AKID&gt;/YYYYMMDD/REGION/SERVICE/aws4_request".`,
    );
  });
});
