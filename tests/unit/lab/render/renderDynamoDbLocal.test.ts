import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderDynamoDbLocal } from "../../../../src/lab/render/renderDynamoDbLocal.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

describe("renderDynamoDbLocal", () => {
  it("sends the catalogue's message under DynamoDB Local's own namespace", () => {
    const res = renderDynamoDbLocal(
      { outcome: "UnrecognizedClientException", status: 400, message: "The Access Key ID or security token is invalid.", extras: [] },
      { service: SERVICES.dynamodb!, protocol: "dynamodbLocal", serverNow: new Date("2024-01-02T03:04:05Z"), requestId: "id", hostId: "", method: "POST" },
    );
    assert.equal(
      res.body,
      '{"__type":"com.amazonaws.dynamodb.v20120810#UnrecognizedClientException","message":"The Access Key ID or security token is invalid."}',
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.find(([n]) => n === "Content-Type")?.[1], "application/x-amz-json-1.0");
  });
});
