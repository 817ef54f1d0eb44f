import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { headerChangedAfterSigning } from "../../../../src/lab/faults/headerChangedAfterSigning.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("header-changed-after-signing", () => {
  it("asks for a header tamper after signing", () => {
    assert.equal(headerChangedAfterSigning.apply(base()).tamper, "header");
  });
});
