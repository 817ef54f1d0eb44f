import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { tokenFromOtherCredentials } from "../../../../src/lab/faults/tokenFromOtherCredentials.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("token-from-other-credentials", () => {
  it("pairs the valid temporary key with the other identity's token", () => {
    const { credentials } = tokenFromOtherCredentials.apply(base());
    assert.equal(credentials.accessKeyId, "ASIASIGFIXVALID00001");
    assert.equal(credentials.sessionToken, "sigfix-expired-session-token-EXAMPLE");
  });
});
