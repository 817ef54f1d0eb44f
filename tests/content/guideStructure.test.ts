import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readGuides } from "../support/readGuides.ts";

const guides = readGuides("errors");

describe("error guides", () => {
  it("exist, one file per error family", () => {
    assert.ok(guides.length >= 1);
  });

  for (const guide of guides) {
    describe(guide.slug, () => {
      it("has a guide block in its frontmatter", () => {
        assert.ok(guide.frontmatter.guide, `${guide.file}: add a \`guide:\` block (see src/schemas/guide.ts)`);
      });

      it("has its sections in the fixed order: What it means, then Causes", () => {
        const headings = [...guide.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        assert.deepEqual(headings.slice(0, 1), ["What it means"], `${guide.file}: the body starts with ## What it means`);
        assert.equal(headings.at(-1), "Causes", `${guide.file}: ## Causes is the last body section`);
      });

      it("renders every frontmatter cause once, in frontmatter order, and no other", () => {
        const declared = (guide.frontmatter.guide?.causes ?? []).map((c: { id: string }) => c.id);
        const rendered = [...guide.body.matchAll(/<Cause id="([^"]+)"/g)].map((m) => m[1]);
        assert.deepEqual(rendered, declared, `${guide.file}: one <Cause id="…"> per frontmatter cause, same order`);
      });

      it("gives every cause a lab scenario or a simulator preset with its expected result, or says why neither can", () => {
        for (const cause of guide.frontmatter.guide?.causes ?? []) {
          const reproducible = (cause.scenario && cause.expect) || (cause.chain && cause.chainExpect?.length > 0);
          assert.ok(reproducible || cause.labNote, `${guide.file}: cause ${cause.id} needs scenario + expect, chain + chainExpect, or labNote`);
        }
      });

      it("has a worked example: a lab scenario, or a simulator preset (always, for client-side errors)", () => {
        const g = guide.frontmatter.guide ?? {};
        const client = (g.clientMessages ?? []).length > 0;
        assert.ok(client ? g.chainExample : g.workedExample || g.chainExample, `${guide.file}: add ${client ? "chainExample" : "workedExample"}`);
      });

      it("cites only https sources", () => {
        for (const source of guide.frontmatter.guide?.sources ?? []) assert.match(source.url, /^https:\/\//);
      });
    });
  }
});

describe("short links", () => {
  it("give each code to exactly one guide, client-side codes included", () => {
    const owners = new Map<string, string>();
    for (const guide of guides) {
      for (const response of [...(guide.frontmatter.guide?.responses ?? []), ...(guide.frontmatter.guide?.clientMessages ?? [])]) {
        if (response.shortLink === false || response.code === undefined) continue;
        const owner = owners.get(response.code);
        assert.ok(!owner || owner === guide.slug, `/e/${response.code} is claimed by ${owner} and ${guide.slug}`);
        owners.set(response.code, guide.slug);
      }
    }
  });
});
