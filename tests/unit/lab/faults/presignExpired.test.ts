import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { presignExpired } from "../../../../src/lab/faults/presignExpired.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("presign-expired", () => {
  it("presigns for 15 minutes an hour before the request", () => {
    const s = presignExpired.apply(base("s3"));
    assert.equal(s.mode, "query");
    assert.equal(s.expiresIn, 900);
    assert.equal(s.clockSkewSeconds, -3600);
  });
});
