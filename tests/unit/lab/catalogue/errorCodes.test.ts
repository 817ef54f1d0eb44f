import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ERROR_CODES, isErrorCode } from "../../../../src/lab/catalogue/errorCodes.ts";
import { sharedPath } from "../../../support/sharedDir.ts";

const catalogue = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as { entries: Array<{ code: string }> };

describe("ERROR_CODES", () => {
  it("holds every code the catalogue names, spelled as AWS spells it", () => {
    const named = catalogue.entries.flatMap((e) => e.code.split("|").map((c) => c.replace(/\(.*\)/, "").trim()));
    for (const code of named) assert.ok(isErrorCode(code), `${code} is missing from ERROR_CODES`);
  });

  it("has no duplicates", () => {
    assert.equal(new Set(ERROR_CODES).size, ERROR_CODES.length);
  });

  it("rejects a code AWS does not send", () => {
    assert.equal(isErrorCode("InvalidSignature"), false);
  });
});
