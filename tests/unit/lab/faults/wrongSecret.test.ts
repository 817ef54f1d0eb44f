import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { wrongSecret } from "../../../../src/lab/faults/wrongSecret.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("wrong-secret", () => {
  it("changes the last character of the secret only", () => {
    const { credentials } = wrongSecret.apply(base());
    assert.equal(credentials.accessKeyId, "AKIDEXAMPLE");
    assert.equal(credentials.secretAccessKey, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX");
  });
});
