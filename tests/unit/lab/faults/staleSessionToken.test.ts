import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { staleSessionToken } from "../../../../src/lab/faults/staleSessionToken.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("stale-session-token", () => {
  it("sends a long-term key with an old session token", () => {
    const { credentials } = staleSessionToken.apply(base());
    assert.equal(credentials.accessKeyId, "AKIDEXAMPLE");
    assert.equal(credentials.sessionToken, "sigfix-expired-session-token-EXAMPLE");
  });
});
