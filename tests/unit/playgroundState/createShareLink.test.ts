import { describe, it } from "node:test";
import assert from "node:assert/strict";
import LZString from "lz-string";
import { createShareLink } from "../../../src/playgroundState/createShareLink.ts";
import { EXAMPLES, REAL_SECRET, REAL_TOKEN, scenario } from "./fixtures.ts";

const decode = (fragment: string) => {
  assert.ok(fragment.startsWith("v1="));
  return JSON.parse(LZString.decompressFromEncodedURIComponent(fragment.slice(3))!);
};

describe("createShareLink", () => {
  it("names an example identity's secret by reference and never carries it", () => {
    const link = createShareLink({ preset: null, scenario: scenario(), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    const text = LZString.decompressFromEncodedURIComponent(link.fragment.slice(3))!;
    assert.ok(!text.includes("wJalrXUtnFEMI"));
    assert.deepEqual(decode(link.fragment).credentials, {
      accessKeyId: { example: "AKIDEXAMPLE", field: "accessKeyId" },
      secretAccessKey: { example: "AKIDEXAMPLE", field: "secretAccessKey" },
    });
    assert.deepEqual(link.leftOut, []);
  });

  it("leaves out a typed secret key and session token and says so", () => {
    const s = scenario({ credentials: { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: REAL_SECRET, sessionToken: REAL_TOKEN } });
    const link = createShareLink({ preset: null, scenario: s, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    const text = LZString.decompressFromEncodedURIComponent(link.fragment.slice(3))!;
    assert.ok(!text.includes(REAL_SECRET) && !text.includes(REAL_TOKEN));
    assert.deepEqual(decode(link.fragment).credentials.secretAccessKey, { omitted: true });
    assert.deepEqual(decode(link.fragment).credentials.sessionToken, { omitted: true });
    assert.deepEqual(link.leftOut, ["the secret access key you typed", "the session token you typed"]);
  });

  it("leaves out an access key ID that looks real but keeps a harmless one as a value", () => {
    const real = createShareLink(
      { preset: null, scenario: scenario({ credentials: { accessKeyId: "AKIASIGFIXTYPED00001", secretAccessKey: "x" } }), tokenState: "valid" },
      { examples: EXAMPLES, presetScenario: null },
    );
    assert.ok(real.ok);
    assert.deepEqual(decode(real.fragment).credentials.accessKeyId, { omitted: true });
    const local = createShareLink(
      { preset: null, scenario: scenario({ credentials: { accessKeyId: "FAKEKEY", secretAccessKey: "x" } }), tokenState: "valid" },
      { examples: EXAMPLES, presetScenario: null },
    );
    assert.ok(local.ok);
    assert.deepEqual(decode(local.fragment).credentials.accessKeyId, { value: "FAKEKEY" });
  });

  it("refers to the preset for values the preset produced", () => {
    const preset = scenario({ credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEYwrong" } });
    const link = createShareLink({ preset: { service: "sts", faults: ["wrong-secret"] }, scenario: preset, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: preset });
    assert.ok(link.ok);
    const payload = decode(link.fragment);
    assert.deepEqual(payload.credentials.secretAccessKey, { preset: true });
    assert.deepEqual(payload.preset, { service: "sts", faults: ["wrong-secret"] });
  });

  it("takes a typed session token out of the request text, header and query alike", () => {
    const request = `GET /?Action=GetCallerIdentity&X-Amz-Security-Token=${encodeURIComponent(REAL_TOKEN)} HTTP/1.1\nHost: sts.amazonaws.com\nX-Amz-Security-Token: ${REAL_TOKEN}\n\n`;
    const s = scenario({ request, credentials: { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: REAL_SECRET, sessionToken: REAL_TOKEN } });
    const link = createShareLink({ preset: null, scenario: s, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    assert.equal(
      decode(link.fragment).scenario.request,
      "GET /?Action=GetCallerIdentity&X-Amz-Security-Token=LEFT-OUT-OF-LINK HTTP/1.1\nHost: sts.amazonaws.com\nX-Amz-Security-Token: LEFT-OUT-OF-LINK\n\n",
    );
    assert.ok(link.leftOut.includes("2 secret values in the request text"));
  });

  it("refuses a state too large for a link instead of truncating it", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const noise = Array.from({ length: 200_000 }, () => String.fromCharCode(33 + (next() % 90))).join("");
    const link = createShareLink({ preset: null, scenario: scenario({ request: `POST / HTTP/1.1\nHost: x\n\n${noise}` }), tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.equal(link.ok, false);
  });
});
