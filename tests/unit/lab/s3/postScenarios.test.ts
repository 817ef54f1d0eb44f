// The POST scenarios guides name (`scenario: { service: s3, post: <id> }`): each runs through S3's front door, and
// each one's upload-workbench preset exists, so a guide's link opens the same mistake there.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { POST_SCENARIOS, runPostScenario } from "../../../../src/lab/index.ts";
import { getWorkbenchPreset } from "../../../../src/uploadWorkbench/presets.ts";

describe("POST_SCENARIOS", () => {
  it("have unique ids, and only post-ok is accepted", () => {
    assert.equal(new Set(POST_SCENARIOS.map((s) => s.id)).size, POST_SCENARIOS.length);
    const accepted = POST_SCENARIOS.filter((s) => {
      const run = runPostScenario(s.id, "2026-01-15T12:00:00Z");
      return !("error" in run) && run.verdict.outcome === "ok";
    });
    assert.deepEqual(accepted.map((s) => s.id), ["post-ok"]);
  });
  it("name workbench presets that exist", () => {
    for (const s of POST_SCENARIOS) if (s.workbenchPreset !== undefined) assert.ok(getWorkbenchPreset(s.workbenchPreset), `${s.id}: ${s.workbenchPreset}`);
  });
  it("refuse an unknown id with a message", () => {
    assert.match((runPostScenario("__proto__", "2026-01-15T12:00:00Z") as { error: string }).error, /unknown POST scenario/);
  });
});
