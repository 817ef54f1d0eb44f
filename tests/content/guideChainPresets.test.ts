// Executable client-side guides: every simulator preset a guide names runs through src/credentialChain and must
// yield, per SDK, what the guide claims (the winning source, or the start of the SDK's exact "nothing resolves"
// text). The expected values are the guides' own, and those were captured from the real SDKs (see each guide's
// clientMessages versions), never computed by the engine.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readGuides } from "../support/readGuides.ts";
import { resolveCredentials } from "../../src/credentialChain/index.ts";
import { toChainInput } from "../../src/guides/toChainInput.ts";
import { chainScenario } from "../../src/schemas/guide.ts";

for (const guide of readGuides("errors")) {
  const g = guide.frontmatter.guide;
  const causes = (g?.causes ?? []).filter((c: { chain?: unknown }) => c.chain);
  if (causes.length === 0 && !g?.chainExample) continue;
  describe(`${guide.slug} (simulator presets)`, () => {
    if (g.chainExample) {
      it("has a worked example the simulator can read", () => {
        assert.doesNotThrow(() => toChainInput(chainScenario.parse(g.chainExample)));
      });
    }
    for (const cause of causes) {
      for (const expected of cause.chainExpect ?? []) {
        const input = toChainInput(chainScenario.parse(cause.chain));
        const result = resolveCredentials(expected.sdk, input);
        const notModelled = result.error?.name === "NotModelled" ? `the ${expected.sdk} model has not landed yet` : false;
        it(`cause ${cause.id}: ${expected.sdk} ${expected.source ? `picks ${expected.source}` : `says "${expected.error}"`}`, { skip: notModelled }, () => {
          if (expected.source) {
            assert.equal(result.source, expected.source, `${guide.file}: ${cause.id} (${result.error?.message ?? ""})`);
          } else {
            assert.equal(result.resolved, false, `${guide.file}: ${cause.id} resolved ${result.source}`);
            assert.ok(result.error?.message.startsWith(expected.error), `${guide.file}: ${cause.id}: got "${result.error?.message}"`);
          }
        });
      }
    }
  });
}
