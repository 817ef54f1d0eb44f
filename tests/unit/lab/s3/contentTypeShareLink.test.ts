// The upload faults' after-signing change (a Content-Type, a FormData body) must survive a v1 share link, and a
// link cannot smuggle other keys or control characters into it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import LZString from "lz-string";
import { createDefaultScenario, getFault, EXAMPLE_SERVER_NOW } from "../../../../src/lab/index.ts";
import { createShareLink } from "../../../../src/playgroundState/createShareLink.ts";
import { parseShareLink } from "../../../../src/playgroundState/parseShareLink.ts";
import { EXAMPLES } from "../../playgroundState/fixtures.ts";

describe("share links and the client's Content-Type after signing", () => {
  for (const id of ["content-type-changed-form-data", "axios-default-content-type", "content-type-charset-appended", "content-type-signed-not-sent", "key-encoded-twice"]) {
    it(`${id}: keeps afterSigning through a v1 link`, () => {
      const s = getFault(id)!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW));
      const link = createShareLink({ preset: { service: "s3", faults: [id] }, scenario: s, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
      assert.ok(link.ok, JSON.stringify(link));
      const decoded = parseShareLink(link.fragment);
      assert.ok(decoded?.ok && decoded.version === 1, JSON.stringify(decoded));
      if (decoded?.ok && decoded.version === 1) assert.deepEqual(decoded.payload.scenario.afterSigning, s.afterSigning);
    });
  }

  it("refuses a Content-Type with a line break, and keys it does not know", () => {
    const s = getFault("axios-default-content-type")!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW));
    const link = createShareLink({ preset: { service: "s3", faults: ["axios-default-content-type"] }, scenario: s, tokenState: "valid" }, { examples: EXAMPLES, presetScenario: null });
    assert.ok(link.ok);
    const payload = JSON.parse(LZString.decompressFromEncodedURIComponent(link.fragment.replace(/^#?v1=/, ""))!);
    for (const afterSigning of [{ setHeaders: [["Content-Type", "text/plain\r\nX-Evil: 1"]] }, { setHeaders: [["Bad Name", "x"]] }, { cookie: "x" }]) {
      const bad = `#v1=${LZString.compressToEncodedURIComponent(JSON.stringify({ ...payload, scenario: { ...payload.scenario, afterSigning } }))}`;
      assert.equal(parseShareLink(bad)?.ok, false, JSON.stringify(afterSigning));
    }
  });
});
