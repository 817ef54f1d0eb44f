// "Request is not yet valid": the two raw AWS captures replayed. minio/minio#2638 (2016): X-Amz-Date 1473415775000,
// Expires 2016-09-12T10:09:35Z, ServerTime 2016-09-08T10:09:44Z. dmjio/s3-signer#16 (2019): X-Amz-Date 1558754452000,
// Expires 2019-05-25T03:35:52Z, ServerTime 2019-05-23T21:07:35Z. The lab is given each capture's server time, the
// client clock that X-Amz-Date implies, and the lifetime that Expires implies, and must print the same three elements.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { runScenario, type ScenarioRun } from "../../../../src/lab/scenario/runScenario.ts";
import { getFault } from "../../../../src/lab/faults/index.ts";
import type { Scenario } from "../../../../src/lab/index.ts";

async function presigned(serverNow: string, signedAt: string, expiresIn: number): Promise<ScenarioRun> {
  const s: Scenario = {
    ...createDefaultScenario("s3", serverNow),
    mode: "query",
    expiresIn,
    clockSkewSeconds: (Date.parse(signedAt) - Date.parse(serverNow)) / 1000,
  };
  const r = await runScenario(s);
  if ("error" in r) assert.fail(r.error);
  return r;
}
const tail = (body: string) => body.slice(body.indexOf("<Message>"), body.indexOf("<RequestId>"));

describe("checkPresignNotYetValid", () => {
  it("replays minio/minio#2638: the elements, their order and the Unix-millisecond X-Amz-Date", async () => {
    const r = await presigned("2016-09-08T10:09:44Z", "2016-09-09T10:09:35Z", 259_200);
    assert.equal(r.verdict.outcome, "AccessDenied");
    assert.equal(r.response.status, 403);
    assert.equal(tail(r.response.body),
      "<Message>Request is not yet valid</Message><X-Amz-Date>1473415775000</X-Amz-Date><Expires>2016-09-12T10:09:35Z</Expires><ServerTime>2016-09-08T10:09:44Z</ServerTime>");
  });

  it("replays dmjio/s3-signer#16", async () => {
    const r = await presigned("2019-05-23T21:07:35Z", "2019-05-25T03:20:52Z", 900);
    assert.equal(tail(r.response.body),
      "<Message>Request is not yet valid</Message><X-Amz-Date>1558754452000</X-Amz-Date><Expires>2019-05-25T03:35:52Z</Expires><ServerTime>2019-05-23T21:07:35Z</ServerTime>");
    assert.equal(r.verdict.failedCheck, "presignExpiry");
  });

  it("tolerates a clock up to 15 minutes ahead, and not a second more", async () => {
    assert.equal((await presigned("2026-01-01T00:00:00Z", "2026-01-01T00:15:00Z", 900)).verdict.outcome, "ok");
    assert.equal((await presigned("2026-01-01T00:00:00Z", "2026-01-01T00:15:01Z", 900)).verdict.message, "Request is not yet valid");
  });

  it("leaves an expired URL to the expiry check", async () => {
    assert.equal((await presigned("2026-01-01T01:00:00Z", "2026-01-01T00:00:00Z", 900)).verdict.message, "Request has expired");
  });

  it("leaves header-signed requests to S3's clock-skew check", async () => {
    const s: Scenario = { ...createDefaultScenario("s3", "2026-01-01T00:00:00Z"), clockSkewSeconds: 86_400 };
    const r = await runScenario(s);
    if ("error" in r) assert.fail(r.error);
    assert.equal(r.verdict.outcome, "RequestTimeTooSkewed");
  });

  it("is what the presign-before-its-date fault produces", async () => {
    const r = await runScenario(getFault("presign-before-its-date")!.apply(createDefaultScenario("s3", "2026-01-01T00:00:00Z")));
    if ("error" in r) assert.fail(r.error);
    assert.equal(r.verdict.message, "Request is not yet valid");
    assert.equal(r.verdict.catalogueId, null);
  });
});
