import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { whitespaceInKey } from "../../../../src/lab/faults/whitespaceInKey.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("whitespace-in-key", () => {
  it("puts one space before the access key ID", () => {
    assert.equal(whitespaceInKey.apply(base()).credentials.accessKeyId, " AKIDEXAMPLE");
  });
  it("does not stack spaces when applied twice", () => {
    assert.equal(whitespaceInKey.apply(whitespaceInKey.apply(base())).credentials.accessKeyId, " AKIDEXAMPLE");
  });
});
