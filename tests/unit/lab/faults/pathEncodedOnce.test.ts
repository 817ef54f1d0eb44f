import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { pathEncodedOnce } from "../../../../src/lab/faults/pathEncodedOnce.ts";

const base = (service: "dynamodb" | "sts" | "s3" | "lambda" = "sts") => createDefaultScenario(service, "2024-01-02T03:04:05Z");

describe("path-encoded-once", () => {
  it("points the Lambda sample at a function ARN path and signs with S3 path rules", () => {
    const s = pathEncodedOnce.apply(base("lambda"));
    assert.equal(s.encodePathOnce, true);
    assert.match(s.request, /^GET \/2015-03-31\/functions\/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Asigfix-example HTTP\/1\.1\r\n/);
  });
  it("does not apply to S3 or to services whose path is always /", () => {
    assert.notEqual(pathEncodedOnce.notApplicable!("s3"), null);
    assert.notEqual(pathEncodedOnce.notApplicable!("sts"), null);
  });
});
