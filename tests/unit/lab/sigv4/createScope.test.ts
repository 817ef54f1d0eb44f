import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createScope } from "../../../../src/lab/sigv4/createScope.ts";

describe("createScope", () => {
  it("joins date, region, service and aws4_request with slashes", () => {
    assert.equal(createScope("20150830", "us-east-1", "iam"), "20150830/us-east-1/iam/aws4_request");
  });
});
