import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { dynamodbLocalBadKey } from "../../../../src/lab/faults/dynamodbLocalBadKey.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("dynamodb-local-bad-key", () => {
  it("targets DynamoDB Local with a key ID holding a hyphen", () => {
    const s = dynamodbLocalBadKey.apply(base("dynamodb"));
    assert.equal(s.endpointMode, "dynamodb-local");
    assert.equal(s.credentials.accessKeyId, "local-dev");
  });
});
