import { describe, it } from "node:test";
import assert from "node:assert/strict";
import LZString from "lz-string";
import { createSimulatorLink } from "../../../../src/components/credentials/createSimulatorLink.ts";
import { maskSecrets } from "../../../../src/components/credentials/maskSecrets.ts";
import { parseSimulatorLink } from "../../../../src/components/credentials/parseSimulatorLink.ts";
import type { SimulatorInputs } from "../../../../src/components/credentials/types.ts";

const examples = [{ accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }, { accessKeyId: "ASIASIGFIXEXPIRED001", secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01", sessionToken: "sigfix-expired-session-token-EXAMPLE" }];
const base = (envText: string): SimulatorInputs => ({ sdk: "js-v3", envText, config: "", credentials: "", profile: "", surroundings: "local", ssoCache: [], now: "2026-06-01T12:00:00Z" });
const decoded = (fragment: string) => LZString.decompressFromEncodedURIComponent(fragment.slice("v1=".length));

describe("createSimulatorLink and parseSimulatorLink", () => {
  it("carry placeholders, never secret values; documented examples come back by reference", () => {
    const vault: string[] = [];
    const envText = maskSecrets("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=myTypedSecret\nAWS_SESSION_TOKEN=sigfix-expired-session-token-EXAMPLE", "env", vault);
    const link = createSimulatorLink(base(envText), vault, examples);
    const json = decoded(link.fragment);
    assert.doesNotMatch(json, /myTypedSecret|sigfix-expired-session-token-EXAMPLE/);
    assert.match(json, /‹secret 0›/);
    assert.deepEqual(link.leftOut, ["1 secret you typed (the link keeps only the placeholder: the simulation is the same, signing needs the value again)"]);
    const back = parseSimulatorLink(`#${link.fragment}`, examples);
    assert.ok(back?.ok && back.kind === "inputs");
    assert.equal(back.inputs.envText, envText);
    assert.equal(0 in back.vault, false, "the typed secret does not come back");
    assert.equal(back.vault[1], "sigfix-expired-session-token-EXAMPLE");
  });

  it("replaces real-looking key IDs, keeping their AKIA/ASIA prefix", () => {
    const link = createSimulatorLink(base("AWS_ACCESS_KEY_ID=AKIASIGFIX2345672345\nX=ASIASIGFIX2345672346"), [], examples);
    const json = decoded(link.fragment);
    assert.match(json, /AKIASIGFIXHIDDEN0001/);
    assert.match(json, /ASIASIGFIXHIDDEN0002/);
    assert.doesNotMatch(json, /AKIASIGFIX2345672345/);
  });

  it("reads #preset= links and reports broken ones without throwing", () => {
    assert.deepEqual(parseSimulatorLink("#preset=no-credentials-found%3Anothing-configured", examples), { ok: true, kind: "preset", presetId: "no-credentials-found:nothing-configured" });
    for (const bad of ["#v1=garbage", "#v2=x", "#preset=%E0%A4%A", "#v1=" + LZString.compressToEncodedURIComponent('{"inputs":{"sdk":"rust"}}')]) {
      const r = parseSimulatorLink(bad, examples);
      assert.ok(r && !r.ok, bad);
    }
    assert.equal(parseSimulatorLink("", examples), null);
  });
});
