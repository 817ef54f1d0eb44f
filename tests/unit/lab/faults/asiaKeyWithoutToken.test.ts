import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { asiaKeyWithoutToken } from "../../../../src/lab/faults/asiaKeyWithoutToken.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("asia-key-without-token", () => {
  it("sends the temporary key and secret without a token", () => {
    assert.deepEqual(asiaKeyWithoutToken.apply(base()).credentials, {
      accessKeyId: "ASIASIGFIXVALID00001",
      secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001",
    });
  });
});
