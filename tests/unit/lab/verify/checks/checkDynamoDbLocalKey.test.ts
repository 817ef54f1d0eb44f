import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, signed, WORLD } from "../signedFixture.ts";

const local = endpoint("dynamodb", { mode: "dynamodb-local" });

describe("checkDynamoDbLocalKey", () => {
  it("accepts any letters-and-digits key with any secret", async () => {
    const v = verifyRequest(await signed("dynamodb", { credentials: { accessKeyId: "fakeMyKeyId", secretAccessKey: "whatever" } }), local, WORLD);
    assert.equal(v.outcome, "ok");
    assert.match(v.explanation.model ?? "", /DynamoDB Local/);
  });

  it("rejects a key with other characters", async () => {
    const v = verifyRequest(await signed("dynamodb", { credentials: { accessKeyId: "local-key", secretAccessKey: "x" } }), local, WORLD);
    assert.deepEqual([v.outcome, v.status, v.message, v.catalogueId], ["UnrecognizedClientException", 400, "The Access Key ID or security token is invalid.", "dynamodb-local.UnrecognizedClientException"]);
  });

  it("ignores the clock", async () => {
    assert.equal(verifyRequest(await signed("dynamodb", { skew: -86400 }), local, WORLD).outcome, "ok");
  });
});
