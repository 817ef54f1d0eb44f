import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { wrongService } from "../../../../src/lab/faults/wrongService.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("wrong-service", () => {
  it("signs for execute-api", () => {
    assert.equal(wrongService.apply(base()).signingService, "execute-api");
  });
});
