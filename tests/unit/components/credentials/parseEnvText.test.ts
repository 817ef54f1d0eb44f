import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseEnvText } from "../../../../src/components/credentials/parseEnvText.ts";

describe("parseEnvText", () => {
  it("reads KEY=VALUE lines, export lines, quotes and comments", () => {
    const { env, problems } = parseEnvText("# comment\nexport AWS_PROFILE=dev\nAWS_REGION='eu-west-1'\r\n\nAWS_X=\"a=b\"\n");
    assert.deepEqual({ ...env }, { AWS_PROFILE: "dev", AWS_REGION: "eu-west-1", AWS_X: "a=b" });
    assert.deepEqual(problems, []);
  });

  it("names the lines that are not assignments", () => {
    assert.deepEqual(parseEnvText("AWS_PROFILE dev\n=x").problems, ["line 1: expected KEY=VALUE, found “AWS_PROFILE dev”", "line 2: expected KEY=VALUE, found “=x”"]);
  });

  it("treats Object.prototype names as plain variable names", () => {
    const { env } = parseEnvText("__proto__=x\nconstructor=y\ntoString=z");
    assert.equal(Object.getPrototypeOf(env), null);
    assert.deepEqual(Object.entries(env), [["__proto__", "x"], ["constructor", "y"], ["toString", "z"]]);
  });

  it("keeps the last assignment, as a shell does", () => {
    assert.equal(parseEnvText("AWS_PROFILE=a\nAWS_PROFILE=b").env["AWS_PROFILE"], "b");
  });
});
