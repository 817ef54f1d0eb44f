import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { unsignedRequest } from "../../../../src/lab/faults/unsignedRequest.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("unsigned-request", () => {
  it("sends the request without signing", () => {
    assert.equal(unsignedRequest.apply(base()).skipSigning, true);
  });
});
