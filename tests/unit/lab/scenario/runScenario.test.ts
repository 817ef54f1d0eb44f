import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { runScenario } from "../../../../src/lab/scenario/runScenario.ts";
import type { ScenarioResult, ScenarioRun } from "../../../../src/lab/scenario/runScenario.ts";

const NOW = "2024-08-05T06:34:17Z";
const ok = (r: ScenarioResult): ScenarioRun => ("error" in r ? assert.fail(r.error) : r);
const header = (run: ScenarioRun, name: string) => run.signed.headers.find((h) => h.name.toLowerCase() === name)?.value;

describe("runScenario", () => {
  it("signs, verifies and answers STS GetCallerIdentity with the caller's ARN", async () => {
    const run = ok(await runScenario(createDefaultScenario("sts", NOW)));
    assert.equal(run.verdict.outcome, "ok");
    assert.equal(run.operation, "GetCallerIdentity");
    assert.match(run.response.body, /<Arn>arn:aws:iam::123456789012:user\/sigfix-example<\/Arn>/);
    assert.match(header(run, "authorization")!, /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240805\/us-east-1\/sts\/aws4_request, /);
    assert.equal(header(run, "x-amz-date"), "20240805T063417Z");
    assert.equal(run.diff?.same, true);
    assert.match(run.responseText, /^HTTP\/1\.1 200 OK\r\n/);
  });
  it("signs at the client's clock, server time plus skew", async () => {
    const run = ok(await runScenario({ ...createDefaultScenario("dynamodb", NOW), clockSkewSeconds: 60 }));
    assert.equal(header(run, "x-amz-date"), "20240805T063517Z");
    assert.equal(run.verdict.outcome, "ok");
  });
  it("gives the same bytes for the same scenario", async () => {
    const s = createDefaultScenario("s3", NOW);
    assert.equal(ok(await runScenario(s)).responseText, ok(await runScenario(s)).responseText);
  });
  it("sends no signature when asked to skip signing", async () => {
    const run = ok(await runScenario({ ...createDefaultScenario("sts", NOW), skipSigning: true }));
    assert.equal(header(run, "authorization"), undefined);
    assert.equal(run.client, null);
    assert.equal(run.diff, null);
  });
  it("puts a held-back header on the wire but not in SignedHeaders", async () => {
    const s = createDefaultScenario("s3", NOW);
    const run = ok(
      await runScenario({
        ...s,
        request: s.request.replace("\r\n\r\n", "\r\nx-amz-checksum-mode: ENABLED\r\n\r\n"),
        leaveHeaderUnsigned: "x-amz-checksum-mode",
      }),
    );
    assert.equal(header(run, "x-amz-checksum-mode"), "ENABLED");
    assert.doesNotMatch(run.client!.signedHeaders, /x-amz-checksum-mode/);
  });
  it("shows a changed header in the canonical-request diff", async () => {
    const run = ok(await runScenario({ ...createDefaultScenario("dynamodb", NOW), tamper: "header" }));
    assert.equal(header(run, "content-type"), "application/x-amz-json-1.0; charset=UTF-8");
    assert.deepEqual(run.diff?.differences, ["header content-type"]);
    assert.notEqual(run.verdict.outcome, "ok");
  });
  it("returns an error for a request that does not parse", async () => {
    const r = await runScenario({ ...createDefaultScenario("sts", NOW), request: "" });
    assert.ok("error" in r && /does not parse/.test(r.error));
  });
  it("returns an error for a server time that is not a date", async () => {
    const r = await runScenario({ ...createDefaultScenario("sts", NOW), serverNow: "yesterday" });
    assert.ok("error" in r && /serverNow/.test(r.error));
  });
});
