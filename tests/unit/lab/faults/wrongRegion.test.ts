import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { wrongRegion } from "../../../../src/lab/faults/wrongRegion.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("wrong-region", () => {
  it("signs for us-west-2 while the endpoint stays in us-east-1", () => {
    const s = wrongRegion.apply(base());
    assert.equal(s.region, "us-west-2");
    assert.equal(s.endpointRegion, "us-east-1");
  });
  it("picks another region when the endpoint is already in us-west-2", () => {
    const s = wrongRegion.apply({ ...base(), region: "us-west-2" });
    assert.equal(s.region, "eu-west-1");
    assert.equal(s.endpointRegion, "us-west-2");
  });
});
