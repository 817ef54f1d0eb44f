// Executable guides: every scenario a guide names runs through the lab and must yield what the guide claims.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readGuides } from "../support/readGuides.ts";
import { runGuideScenario } from "../../src/guides/runGuideScenario.ts";

for (const guide of readGuides("errors")) {
  const g = guide.frontmatter.guide;
  if (!g) continue;
  describe(guide.slug, () => {
    for (const cause of g.causes ?? []) {
      if (!cause.scenario) continue;
      it(`cause ${cause.id} yields ${cause.expect?.code}`, async () => {
        const result = await runGuideScenario({ faults: [], ...cause.scenario }, guide.file);
        assert.deepEqual(
          { code: result.verdict.outcome, message: result.verdict.message },
          { code: cause.expect.code, message: cause.expect.message },
          `${guide.file}: cause ${cause.id}'s scenario ${JSON.stringify(cause.scenario)}`,
        );
      });
    }

    for (const [index, response] of (g.responses ?? []).entries()) {
      if (!response.scenario) continue;
      it(`response row ${index + 1} (${response.code} ${response.status}) is what the lab renders`, async () => {
        const result = await runGuideScenario({ faults: [], ...response.scenario }, guide.file);
        assert.deepEqual(
          { code: result.verdict.outcome, status: result.response.status, message: result.verdict.message },
          { code: response.code, status: response.status, message: response.message },
        );
      });
    }

    it("has a worked example that fails, and a fixed request that verifies", { skip: g.workedExample ? false : "a client-side guide: its example is a simulator preset" }, async () => {
      const broken = await runGuideScenario({ faults: [], ...g.workedExample }, guide.file);
      assert.notEqual(broken.verdict.outcome, "ok", `${guide.file}: the worked example should show the error`);
      const fixed = await runGuideScenario({ service: g.workedExample.service, frontDoor: g.workedExample.frontDoor, faults: [], ...(g.workedExample.post ? { post: "post-ok" } : {}) }, guide.file);
      assert.equal(fixed.verdict.outcome, "ok", `${guide.file}: ${fixed.verdict.message}`);
    });
  });
}
