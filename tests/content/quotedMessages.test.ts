// Every AWS message a guide quotes must exist in the reference catalogue (placeholders match any text),
// or its response row must name, in `messageSource`, one of the guide's sources that shows it verbatim.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readGuides } from "../support/readGuides.ts";
import { sharedPath } from "../support/sharedDir.ts";

const catalogue = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8"));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A template such as "Credential should be scoped to a valid region, not '{region}'. " as a regular expression. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]*\}/).map(escape);
  return new RegExp(`^${parts.join(".+?")}$`, "s");
}

// The catalogue writes line breaks inside a template as the two characters `\n` (apigw.InvalidSignatureException,
// query.SignatureDoesNotMatch's detail): they stand for newlines in the message.
const patterns: RegExp[] = catalogue.entries.flatMap((entry: { messageTemplate: string }) =>
  [entry.messageTemplate, ...entry.messageTemplate.split(" | ")].map((t) => t.replaceAll("\\n", "\n")).flatMap((t) => [
    templatePattern(t),
    // Entries listing joined sentences as "[A. ][B. ]…" accept any concatenation of their sentences.
    ...(t.includes("][") ? [new RegExp(`^(?:${[...t.matchAll(/\[([^\]]+)\]/g)].map((m) => templatePattern(m[1]!).source.slice(1, -1)).join("|")})+(?:.*)$`, "s")] : []),
  ]),
);

const inCatalogue = (message: string) => patterns.some((p) => p.test(message));

describe("quoted AWS messages", () => {
  for (const guide of readGuides("errors")) {
    const g = guide.frontmatter.guide;
    if (!g) continue;
    it(`${guide.slug}: every message exists in the catalogue`, () => {
      const sourced = new Set(
        (g.responses ?? [])
          .filter((r: { messageSource?: string }) => r.messageSource)
          .map((r: { message: string; messageSource: string }) => {
            assert.ok(g.sources.some((s: { url: string }) => s.url === r.messageSource), `${guide.file}: messageSource ${r.messageSource} is not in sources`);
            return r.message;
          }),
      );
      const quoted = [
        ...(g.responses ?? []).map((r: { message: string }) => r.message),
        ...(g.causes ?? []).flatMap((c: { expect?: { message: string } }) => (c.expect ? [c.expect.message] : [])),
      ];
      const missing = quoted.filter((m) => !inCatalogue(m) && !sourced.has(m));
      assert.deepEqual(missing, [], `${guide.file}: not in ../shared/reference/aws-auth-errors.json`);
    });
  }

  it("rejects a message that differs by its final period", () => {
    assert.equal(inCatalogue("The security token included in the request is invalid."), true);
    assert.equal(inCatalogue("The security token included in the request is invalid"), true);
    assert.equal(inCatalogue("The security token included in the request is invalid!"), false);
    assert.equal(inCatalogue("The provided token has expired"), false);
  });

  it("reads the catalogue's \\n as a line break", () => {
    const detail = "\n\nThe Canonical String for this request should have been\n'GET\n/\n'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256'\n";
    const mismatch = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
    assert.equal(inCatalogue(mismatch + detail), true);
    assert.equal(inCatalogue(mismatch + detail.replaceAll("\n", "\\n")), false);
  });
});
