import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { presignOverAWeek } from "../../../../src/lab/faults/presignOverAWeek.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("presign-over-a-week", () => {
  it("presigns for one second more than seven days", () => {
    const s = presignOverAWeek.apply(base("s3"));
    assert.equal(s.mode, "query");
    assert.equal(s.expiresIn, 604801);
  });
});
