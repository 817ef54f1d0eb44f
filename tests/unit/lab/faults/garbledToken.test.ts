import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { garbledToken } from "../../../../src/lab/faults/garbledToken.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("garbled-token", () => {
  it("keeps the valid key and secret but changes characters of the token", () => {
    const { credentials } = garbledToken.apply(base());
    assert.equal(credentials.accessKeyId, "ASIASIGFIXVALID00001");
    assert.equal(credentials.sessionToken, "sigfix-valid-sess1on-token-EXAMPLE");
  });
});
