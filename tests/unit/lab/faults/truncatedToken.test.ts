import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { truncatedToken } from "../../../../src/lab/faults/truncatedToken.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("truncated-token", () => {
  it("sends only the first 20 characters of the valid token", () => {
    assert.equal(truncatedToken.apply(base()).credentials.sessionToken, "sigfix-valid-session");
  });
});
