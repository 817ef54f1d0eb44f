import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatValidationErrors, toXmlSafe, validateStsParameters } from "../../../src/mock/validateStsParameters.ts";

const ROLE = "arn:aws:iam::123456789012:role/demo";
const check = (operation: "AssumeRole" | "GetSessionToken", o: Record<string, string>) =>
  formatValidationErrors(validateStsParameters(operation, new URLSearchParams(o)).errors);

describe("validateStsParameters", () => {
  it("words a bad RoleSessionName as STS did for 'PowerUser/hjacobs' (zalando-stups/aws-credentials-service#7)", () => {
    assert.equal(
      check("AssumeRole", { RoleArn: ROLE, RoleSessionName: "PowerUser/hjacobs" }),
      "1 validation error detected: Value 'PowerUser/hjacobs' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  });

  it("words an empty RoleArn's two errors as STS did (newscorpaus/consigliere#18)", () => {
    assert.equal(
      check("AssumeRole", { RoleArn: "", RoleSessionName: "ok" }),
      "2 validation errors detected: Value '' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+; Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
  });

  it("words a missing RoleSessionName as STS did (aws/aws-sdk-cpp#1252)", () => {
    assert.equal(check("AssumeRole", { RoleArn: ROLE }), "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null");
  });

  it("refuses a 65-character RoleSessionName with the length error (youyo/awslogin#20)", () => {
    const name = "a".repeat(65);
    assert.equal(check("AssumeRole", { RoleArn: ROLE, RoleSessionName: name }), `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`);
  });

  it("accepts 2 to 64 characters of [\\w+=,.@-] and a role ARN", () => {
    assert.deepEqual(validateStsParameters("AssumeRole", new URLSearchParams({ RoleArn: ROLE, RoleSessionName: "a=b,c.d@e-f+g_h" })).errors, []);
    assert.deepEqual(validateStsParameters("AssumeRole", new URLSearchParams({ RoleArn: ROLE, RoleSessionName: "ab" })).errors, []);
  });

  it("refuses a one-character session name, a TokenCode that is not six digits, and a short SerialNumber", () => {
    assert.match(check("AssumeRole", { RoleArn: ROLE, RoleSessionName: "a" }), /at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2$/);
    assert.equal(
      check("GetSessionToken", { TokenCode: "12a4567", SerialNumber: "arn:x" }),
      "3 validation errors detected: Value 'arn:x' at 'serialNumber' failed to satisfy constraint: Member must have length greater than or equal to 9; " +
        "Value '12a4567' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*; " +
        "Value '12a4567' at 'tokenCode' failed to satisfy constraint: Member must have length less than or equal to 6",
    );
  });

  it("echoes a NUL as U+FFFD, so the XML body stays well-formed", () => {
    const message = check("AssumeRole", { RoleArn: ROLE, RoleSessionName: "a\u0000b" });
    assert.ok(!message.includes("\u0000"));
    assert.match(message, /Value 'a\uFFFDb' at 'roleSessionName'/);
    assert.equal(toXmlSafe("x\u0001\u001f\uFFFEy\t"), "x\uFFFD\uFFFD\uFFFDy\t");
  });

  it("keeps STS's DurationSeconds messages", () => {
    assert.equal(check("GetSessionToken", { DurationSeconds: "899" }), "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    assert.equal(check("AssumeRole", { RoleArn: ROLE, RoleSessionName: "ok", DurationSeconds: "43201" }), "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200");
  });

  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    it(`treats a parameter named or valued ${name} as data`, () => {
      const params = new URLSearchParams({ RoleArn: ROLE, RoleSessionName: name.replace(/[^\w]/g, "") || "xx", [name]: name });
      assert.doesNotThrow(() => validateStsParameters("AssumeRole", params));
    });
  }
});
