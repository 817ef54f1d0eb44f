import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { unsignedRequiredHeader } from "../../../../src/lab/faults/unsignedRequiredHeader.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("unsigned-required-header", () => {
  it("adds x-amz-checksum-mode to the request and keeps it out of signing", () => {
    const s = unsignedRequiredHeader.apply(base("s3"));
    assert.equal(s.leaveHeaderUnsigned, "x-amz-checksum-mode");
    assert.equal(s.request, "GET /hello.txt HTTP/1.1\r\nHost: sigfix-example.s3.us-east-1.amazonaws.com\r\nx-amz-checksum-mode: ENABLED\r\n\r\n");
  });
});
