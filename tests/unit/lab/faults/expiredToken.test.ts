import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { expiredToken } from "../../../../src/lab/faults/expiredToken.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("expired-token", () => {
  it("signs with the default world's expired temporary identity", () => {
    assert.deepEqual(expiredToken.apply(base()).credentials, {
      accessKeyId: "ASIASIGFIXEXPIRED001",
      secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01",
      sessionToken: "sigfix-expired-session-token-EXAMPLE",
    });
  });
});
