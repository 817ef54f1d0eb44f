import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { checkInputText } from "../../../../src/components/credentials/checkInputText.ts";

describe("checkInputText", () => {
  it("accepts a config file", () => {
    assert.equal(checkInputText("~/.aws/config", "[default]\nregion = us-east-1\n"), null);
  });

  it("refuses a 5 MB paste, saying its size and what to paste instead", () => {
    assert.equal(
      checkInputText("~/.aws/config", "a".repeat(5 * 1024 * 1024)),
      "~/.aws/config is 5.0 MB, more than the 256 KB a credentials or config file could need: paste the file itself, not a log or an archive.",
    );
  });

  it("refuses binary: a NUL byte, or mostly control characters", () => {
    assert.match(checkInputText("The environment", "AWS_PROFILE=a\u0000b") ?? "", /NUL byte/);
    assert.match(checkInputText("The environment", "\u0001\u0002\u0003".repeat(20)) ?? "", /control characters/);
  });
});
