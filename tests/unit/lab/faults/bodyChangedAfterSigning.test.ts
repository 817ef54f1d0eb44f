import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { bodyChangedAfterSigning } from "../../../../src/lab/faults/bodyChangedAfterSigning.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("body-changed-after-signing", () => {
  it("asks for a body tamper after signing", () => {
    assert.equal(bodyChangedAfterSigning.apply(base()).tamper, "body");
  });
  it("does not apply to the bodiless S3 and Lambda samples", () => {
    assert.match(bodyChangedAfterSigning.notApplicable!("s3")!, /without a body/);
    assert.equal(bodyChangedAfterSigning.notApplicable!("dynamodb"), null);
  });
});
