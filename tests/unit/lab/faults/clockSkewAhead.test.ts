import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { clockSkewAhead } from "../../../../src/lab/faults/clockSkewAhead.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("clock-skew-ahead", () => {
  it("sets the client clock 20 minutes ahead of the server", () => {
    assert.equal(clockSkewAhead.apply(base()).clockSkewSeconds, 1200);
  });
});
