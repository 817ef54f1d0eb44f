import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { unknownAccessKey } from "../../../../src/lab/faults/unknownAccessKey.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("unknown-access-key", () => {
  it("uses a key ID the default world does not know", () => {
    assert.equal(unknownAccessKey.apply(base()).credentials.accessKeyId, "AKIASIGFIXUNKNOWN001");
  });
});
