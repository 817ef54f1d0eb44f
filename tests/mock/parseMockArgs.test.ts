import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseMockArgs } from "../../src/mock/parseMockArgs.ts";

describe("parseMockArgs", () => {
  it("defaults to 127.0.0.1:4599, us-east-1, aws mode, no clock offset, the default world", () => {
    assert.deepEqual(parseMockArgs([]), {
      ok: true,
      args: { port: 4599, host: "127.0.0.1", region: "us-east-1", mode: "aws", clockOffsetSeconds: 0, worldFile: null, help: false },
    });
  });

  it("reads every option, as `--name value` or `--name=value`", () => {
    const r = parseMockArgs(["--port", "0", "--host=::1", "--region", "eu-west-3", "--mode=dynamodb-local", "--clock-offset", "-1200", "--world", "w.json"]);
    assert.deepEqual(r, {
      ok: true,
      args: { port: 0, host: "::1", region: "eu-west-3", mode: "dynamodb-local", clockOffsetSeconds: -1200, worldFile: "w.json", help: false },
    });
  });

  it("names the option and the value it got when a value is wrong", () => {
    assert.deepEqual(parseMockArgs(["--port", "80000"]), { ok: false, error: "mock-aws: `--port` must be a whole number from 0 to 65535; got `80000`. Run `npm run mock-aws -- --help` for the options." });
    assert.deepEqual(parseMockArgs(["--clock-offset", "20m"]), { ok: false, error: "mock-aws: `--clock-offset` must be a number of seconds such as 1200 or -900; got `20m`. Run `npm run mock-aws -- --help` for the options." });
    assert.deepEqual(parseMockArgs(["--region", "US_EAST_1"]), { ok: false, error: "mock-aws: `--region` must be a region name such as us-east-1; got `US_EAST_1`. Run `npm run mock-aws -- --help` for the options." });
  });

  it("refuses an unknown option and an option without its value", () => {
    assert.deepEqual(parseMockArgs(["--verbose"]), { ok: false, error: "mock-aws: unknown option `--verbose`. Run `npm run mock-aws -- --help` for the options." });
    assert.deepEqual(parseMockArgs(["--port"]), { ok: false, error: "mock-aws: `--port` needs a value. Run `npm run mock-aws -- --help` for the options." });
  });
});
