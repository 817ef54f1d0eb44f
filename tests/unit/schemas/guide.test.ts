import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { guideSchema } from "../../../src/schemas/guide.ts";
import { readGuides } from "../../support/readGuides.ts";

const minimal = {
  summary: "AWS rejected the request.",
  responses: [{ code: "ExpiredToken", status: 403, protocol: "awsQuery", services: ["STS"], message: "m", meaning: "x" }],
  workedExample: { service: "sts", faults: ["expired-token"] },
  causes: [{ id: "session-ended", title: "The session ended", labNote: "n/a" }],
  sources: [{ title: "t", url: "https://example.com/" }],
};

const issuesOf = (input: unknown) => {
  const result = guideSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("guideSchema", () => {
  it("accepts every guide in content/errors", () => {
    for (const guide of readGuides("errors")) assert.deepEqual(issuesOf(guide.frontmatter.guide), [], guide.file);
  });

  it("accepts a minimal guide and fills defaults", () => {
    const parsed = guideSchema.parse(minimal);
    assert.equal(parsed.responses[0]!.shortLink, true);
  });

  it("names the field of a status written as text", () => {
    const bad = { ...minimal, responses: [{ ...minimal.responses[0], status: "403" }] };
    assert.match(issuesOf(bad).join("\n"), /^responses\.0\.status: /m);
  });

  it("refuses an error code not spelled like AWS's", () => {
    const bad = { ...minimal, responses: [{ ...minimal.responses[0], code: "expired-token" }] };
    assert.match(issuesOf(bad).join("\n"), /^responses\.0\.code: an AWS error code such as `InvalidClientTokenId`/m);
  });

  it("refuses a cause id that cannot be a stable anchor", () => {
    const bad = { ...minimal, causes: [{ ...minimal.causes[0], id: "Session Ended" }] };
    assert.match(issuesOf(bad).join("\n"), /^causes\.0\.id: a kebab-case id/m);
  });

  it("refuses a guide without sources", () => {
    assert.match(issuesOf({ ...minimal, sources: [] }).join("\n"), /^sources: /m);
  });
});
