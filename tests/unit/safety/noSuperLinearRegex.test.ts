import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyse } from "scslre";
import { findRegexes } from "../../../scripts/findRegexes.ts";

// Monaco's Monarch tokenizer compiles every rule as `^(?:rule)` and runs it at the current position
// (monaco-editor esm/vs/editor/standalone/common/monarch/monarchCompile.js), so its rules are analysed that way.
const MONARCH_GRAMMARS = new Set(["src/components/playground/httpLanguage.ts"]);

/**
 * RegExps built at run time, each looked at by hand: where the pattern comes from and why it stays linear.
 * A new one fails the test until it is listed here with its reason.
 */
const DYNAMIC_REVIEWED: Record<string, string> = {
  "src/diagnose/findKnownMessage.ts": "quoted AWS messages: escaped literal text with `'[^'\\n]*'`, `\\d+`, `\\s+` (for a space) and `Authorization=[^\\n]*` between literals; every match starts at a literal; codes are `[A-Za-z0-9]` words between lookarounds",
  "src/diagnose/getPastedHeader.ts": "a fixed header name between `^[<> \\t]*` (multiline: one start per line) and `[ \\t]*:(.*)$`; the value is trimmed in code",
  "src/diagnose/parseJsonErrorBody.ts": "a fixed field name, then one unambiguous quoted-string pattern",
  "src/credentialChain/ini/parseIniBotocore.ts": "Python's whitespace class in fixed patterns; the trailing runs start behind a lookbehind and the key/value cannot trade spaces (checked with scslre after substitution; see worstCharacterInputs)",
  "src/components/playground/applyHostEndpoint.ts": "an escaped region name between literal dots",
  "src/diagnose/recognisers/recogniseWording.ts": "escaped literal wording with `\\s+` for a space and one quoted-value class between literals; every match starts at a literal",
  "src/sdkOutput/parseErrorResponse.ts": "`<name>([^<]*)</name>`: the value stops at the next `<`, so each start reads to the next tag at most",
  "src/lab/faults/oacUnsignedPayload.ts": "a fixed header name, then exactly 64 hex digits",
  "scripts/test.mjs": "reads TAP counters from node's own report",
};

const found = findRegexes(["src", "scripts"]);

describe("every regular expression in src/ and scripts/", () => {
  it("finds the project's regexes (the scan itself works)", () => {
    assert.ok(found.length > 100, `only ${found.length} regexes found`);
    assert.ok(found.some((r) => r.file === "src/lab/request/parseRawRequest.ts"));
  });

  for (const r of found.filter((x) => x.source !== null)) {
    const source = MONARCH_GRAMMARS.has(r.file) ? `^(?:${r.source})` : r.source!;
    it(`${r.file}:${r.line} /${r.source}/${r.flags} cannot backtrack super-linearly on a run of one character`, () => {
      const reports = analyse({ source, flags: r.flags }).reports;
      const where = (x: (typeof reports)[number]) => (x.type === "Trade" ? `${x.startQuant.raw} / ${x.endQuant.raw}` : x.quant.raw);
      assert.deepEqual(
        reports.map((x) => `${x.type}${x.exponential ? " (exponential)" : ""} at ${where(x)}`),
        [],
        "this regex rescans a long run of one character (quadratic or worse): use an index scan (src/lab/text/trimChars.ts) or a lookbehind so a run is entered once",
      );
    });
  }

  it("builds RegExps at run time only where someone has reviewed the pattern", () => {
    const dynamic = [...new Set(found.filter((r) => r.source === null).map((r) => r.file))];
    assert.deepEqual(
      dynamic.filter((file) => !Object.hasOwn(DYNAMIC_REVIEWED, file)),
      [],
      "each file above builds a RegExp at run time: check that its pattern cannot backtrack on a long run, then list it in DYNAMIC_REVIEWED (tests/unit/safety/noSuperLinearRegex.test.ts) with the reason",
    );
  });
});

describe("the ReDoS linter (scslre)", () => {
  // The patterns issue 13 measured, as they were: the linter must flag each, or this test proves nothing.
  const QUADRATIC = [
    { source: "\\/+$", flags: "" },
    { source: "[ \\t]+$", flags: "" },
    { source: "^[ \\t]+|[ \\t]+$", flags: "g" },
    { source: " +$", flags: "" },
    { source: "^[<\\s]*HTTP\\/[\\d.]+ (\\d{3})\\b", flags: "m" },
  ];
  for (const p of QUADRATIC) {
    it(`flags /${p.source}/${p.flags}`, () => {
      assert.ok(analyse(p).reports.length > 0);
    });
  }
});
