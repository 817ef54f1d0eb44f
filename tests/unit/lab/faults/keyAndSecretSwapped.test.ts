import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { keyAndSecretSwapped } from "../../../../src/lab/faults/keyAndSecretSwapped.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("key-and-secret-swapped", () => {
  it("swaps the access key ID and the secret", () => {
    assert.deepEqual(keyAndSecretSwapped.apply(base()).credentials, {
      accessKeyId: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      secretAccessKey: "AKIDEXAMPLE",
    });
  });
});
