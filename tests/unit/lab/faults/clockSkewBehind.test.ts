import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { clockSkewBehind } from "../../../../src/lab/faults/clockSkewBehind.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("clock-skew-behind", () => {
  it("sets the client clock 20 minutes behind the server", () => {
    assert.equal(clockSkewBehind.apply(base()).clockSkewSeconds, -1200);
  });
});
