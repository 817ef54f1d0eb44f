import { describe, it } from "node:test";
import assert from "node:assert/strict";
import LZString from "lz-string";
import { parseShareLink } from "../../../src/playgroundState/parseShareLink.ts";
import { createShareLink } from "../../../src/playgroundState/createShareLink.ts";
import { EXAMPLES, scenario } from "./fixtures.ts";

const V1_PAYLOAD = {
  preset: { service: "sts", faults: ["stale-session-token"] },
  scenario: {
    request: "POST / HTTP/1.1\nHost: sts.us-east-1.amazonaws.com\n\nAction=GetCallerIdentity&Version=2011-06-15",
    service: "sts",
    region: "us-east-1",
    clockSkewSeconds: 1200,
    mode: "header",
    endpointMode: "aws",
    serverNow: "2015-08-30T12:36:00Z",
    tamper: null,
  },
  credentials: { accessKeyId: { preset: true }, secretAccessKey: { preset: true }, sessionToken: { preset: true } },
  tokenState: "valid",
};
// A v1 link as the first release wrote it: it must keep decoding forever.
const V1_FRAGMENT = `v1=${LZString.compressToEncodedURIComponent(JSON.stringify(V1_PAYLOAD))}`;

describe("parseShareLink", () => {
  it("returns null for an empty fragment", () => {
    assert.equal(parseShareLink(""), null);
    assert.equal(parseShareLink("#"), null);
  });

  it("decodes a v1 link field for field", () => {
    assert.deepEqual(parseShareLink(`#${V1_FRAGMENT}`), { ok: true, version: 1, payload: V1_PAYLOAD });
  });

  it("keeps decoding the guides' older #preset= links", () => {
    assert.deepEqual(parseShareLink("#preset=sts,stale-session-token"), { ok: true, version: 0, preset: { service: "sts", faults: ["stale-session-token"] } });
    assert.deepEqual(parseShareLink("preset=dynamodb"), { ok: true, version: 0, preset: { service: "dynamodb", faults: [] } });
  });

  it("reads a front door in the service's place of a #preset= link", () => {
    assert.deepEqual(parseShareLink("#preset=execute-api,path-without-stage"), {
      ok: true, version: 0, preset: { service: "apigatewaymanagementapi", frontDoor: "execute-api", faults: ["path-without-stage"] },
    });
  });

  it("refuses Object.prototype names where a service or a front door belongs", () => {
    for (const name of ["constructor", "__proto__", "toString"]) {
      const link = parseShareLink(`#preset=${name},wrong-secret`);
      assert.equal(link?.ok, false, name);
    }
  });

  it("keeps a front door and the after-signing change through a v1 link, and refuses a door that does not stand in front of the service", () => {
    const s = scenario({ service: "apigatewaymanagementapi", frontDoor: "execute-api", afterSigning: { host: "api.sigfix.example", target: "/items" } });
    const link = createShareLink({ preset: { service: "apigatewaymanagementapi", frontDoor: "execute-api", faults: ["signed-for-stage-url"] }, scenario: s, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    const decoded = parseShareLink(link.fragment);
    assert.ok(decoded?.ok && decoded.version === 1);
    if (decoded?.ok && decoded.version === 1) {
      assert.equal(decoded.payload.scenario.frontDoor, "execute-api");
      assert.deepEqual(decoded.payload.scenario.afterSigning, { host: "api.sigfix.example", target: "/items" });
      assert.deepEqual(decoded.payload.preset, { service: "apigatewaymanagementapi", frontDoor: "execute-api", faults: ["signed-for-stage-url"] });
    }
    const wrong = { ...V1_PAYLOAD, scenario: { ...V1_PAYLOAD.scenario, frontDoor: "execute-api" } };
    assert.equal(parseShareLink(`#v1=${LZString.compressToEncodedURIComponent(JSON.stringify(wrong))}`)?.ok, false);
  });

  it("reads back what createShareLink wrote", () => {
    const s = scenario({ clockSkewSeconds: -300, tamper: "body" });
    const link = createShareLink({ preset: null, scenario: s, tokenState: "garbled" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    const decoded = parseShareLink(link.fragment);
    assert.ok(decoded?.ok && decoded.version === 1);
    assert.equal(decoded.payload.scenario.clockSkewSeconds, -300);
    assert.equal(decoded.payload.scenario.tamper, "body");
    assert.equal(decoded.payload.tokenState, "garbled");
  });

  it("reports a truncated link instead of throwing", () => {
    const decoded = parseShareLink(`#${V1_FRAGMENT.slice(0, 40)}`);
    assert.equal(decoded?.ok, false);
    assert.match((decoded as { note: string }).note, /Showing the default scenario\.$/);
  });

  it("reports binary garbage and hand-edited values", () => {
    assert.equal(parseShareLink("#v1=%%%\u0000\u0001")?.ok, false);
    const edited = { ...V1_PAYLOAD, scenario: { ...V1_PAYLOAD.scenario, service: "<img src=x onerror=alert(1)>" } };
    const decoded = parseShareLink(`v1=${LZString.compressToEncodedURIComponent(JSON.stringify(edited))}`);
    assert.deepEqual(decoded, { ok: false, note: "This link could not be read: the service is not one the lab knows. Showing the default scenario." });
  });

  it("refuses a link that smuggles a secret in as a value", () => {
    const smuggled = { ...V1_PAYLOAD, credentials: { ...V1_PAYLOAD.credentials, secretAccessKey: { value: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } } };
    assert.equal(parseShareLink(`v1=${LZString.compressToEncodedURIComponent(JSON.stringify(smuggled))}`)?.ok, false);
  });

  it("says so when a link comes from a newer version", () => {
    assert.deepEqual(parseShareLink("#v9=abc"), { ok: false, note: "This link was made by a newer version of the playground (v9). Showing the default scenario." });
  });

  it("rejects an unknown service in a preset link", () => {
    assert.equal(parseShareLink("#preset=sigfix-no-such-service")?.ok, false);
  });
});
