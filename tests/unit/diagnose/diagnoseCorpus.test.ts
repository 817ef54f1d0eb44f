import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { loadGuideIndex } from "../../support/loadGuideIndex.ts";
import { REPO_ROOT } from "../../support/sharedDir.ts";

interface CorpusEntry {
  id: string;
  source: string;
  sdk: string;
  paste: string;
  expect: { guide: string; cause?: string; pasteShowsCause?: boolean };
  basis?: string;
}

const corpus = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/diagnose-corpus.json"), "utf8")) as { entries: CorpusEntry[] };
const index = loadGuideIndex();
// The pastes carry no reliable "used at" time: judge them at a fixed instant, as a reader would today.
const now = new Date("2026-01-15T12:00:00Z");

/** A key ID of the shape AWS issues, unless it says it is an example. */
const REAL_LOOKING_KEY = /(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])/g;

describe("diagnose corpus (real pastes from public issues)", () => {
  it("holds at least 150 pastes, each with a source and a guide that exists", () => {
    assert.ok(corpus.entries.length >= 150, `${corpus.entries.length} pastes`);
    const slugs = new Set(index.guides.map((g) => g.slug));
    for (const e of corpus.entries) {
      assert.match(e.source, /^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/, e.id);
      assert.ok(slugs.has(e.expect.guide), `${e.id}: no guide ${e.expect.guide}`);
      if (e.expect.cause) {
        const guide = index.guides.find((g) => g.slug === e.expect.guide)!;
        assert.ok(guide.causes.some((c) => c.id === e.expect.cause), `${e.id}: no cause ${e.expect.cause} in ${e.expect.guide}`);
      }
    }
  });

  it("carries no key ID that looks real", () => {
    const text = JSON.stringify(corpus);
    const keys = [...text.matchAll(REAL_LOOKING_KEY)].map((m) => m[0]).filter((k) => !/EXAMPLE|SIGFIX/.test(k));
    assert.deepEqual(keys, []);
  });

  it("reaches the right guide for at least 97%, and the right first cause for at least 90% of pastes that show theirs", () => {
    let guideRight = 0;
    let causeNamed = 0;
    let causeRight = 0;
    let causeShown = 0;
    let shownRight = 0;
    const misses: string[] = [];
    for (const e of corpus.entries) {
      const d = diagnoseText(e.paste, { now, guides: index });
      const slug = d.guide?.slug;
      if (slug === e.expect.guide) guideRight++;
      else misses.push(`guide  ${e.id}: got ${slug ?? "none"}, expected ${e.expect.guide}`);
      if (e.expect.cause) {
        causeNamed++;
        const first = d.guide?.causes[0]?.causeId;
        const right = slug === e.expect.guide && first === e.expect.cause;
        if (e.expect.pasteShowsCause) causeShown++;
        if (right) causeRight++;
        if (right && e.expect.pasteShowsCause) shownRight++;
        if (!right) misses.push(`cause  ${e.id}: got ${slug}#${first ?? "none"}, expected ${e.expect.guide}#${e.expect.cause}${e.expect.pasteShowsCause ? "" : " (the paste does not show it)"}`);
      }
    }
    const total = corpus.entries.length;
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    console.log(
      `diagnose corpus: right guide ${guideRight}/${total} (${pct(guideRight, total)}); right first cause ${shownRight}/${causeShown} (${pct(shownRight, causeShown)}) of the pastes that show their cause, ${causeRight}/${causeNamed} (${pct(causeRight, causeNamed)}) of all whose thread names one`,
    );
    for (const m of misses) console.log(`  miss ${m}`);
    assert.ok(guideRight / total >= 0.97, `right guide ${pct(guideRight, total)}`);
    assert.ok(shownRight / causeShown >= 0.9, `right first cause ${pct(shownRight, causeShown)} of the pastes that show it`);
  });
});
