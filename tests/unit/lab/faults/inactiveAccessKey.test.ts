import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { inactiveAccessKey } from "../../../../src/lab/faults/inactiveAccessKey.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("inactive-access-key", () => {
  it("uses the default world's deactivated key", () => {
    assert.equal(inactiveAccessKey.apply(base()).credentials.accessKeyId, "AKIAI44QH8DHBEXAMPLE");
  });
});
