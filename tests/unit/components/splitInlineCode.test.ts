import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { splitInlineCode } from "../../../src/components/splitInlineCode.ts";

describe("splitInlineCode", () => {
  it("splits backticked values out of plain text", () => {
    assert.deepEqual(splitInlineCode("Key `AKIDEXAMPLE` is signed with `x`."), [
      { code: false, text: "Key " },
      { code: true, text: "AKIDEXAMPLE" },
      { code: false, text: " is signed with " },
      { code: true, text: "x" },
      { code: false, text: "." },
    ]);
  });

  it("leaves a lone backtick and markup as plain text", () => {
    assert.deepEqual(splitInlineCode("a ` b <img src=x>"), [{ code: false, text: "a ` b <img src=x>" }]);
  });
});
