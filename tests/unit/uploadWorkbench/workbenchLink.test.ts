import { describe, it } from "node:test";
import assert from "node:assert/strict";
import LZString from "lz-string";
import { createWorkbenchLink, DEFAULT_POST, DEFAULT_PUT, readWorkbenchLink, WORKBENCH_PRESETS } from "../../../src/uploadWorkbench/index.ts";

describe("createWorkbenchLink and readWorkbenchLink", () => {
  it("round-trips PUT and POST choices", () => {
    for (const choices of [{ ...DEFAULT_PUT, client: "axios-default" as const }, { ...DEFAULT_POST, rawPolicy: "{}" }]) {
      const link = createWorkbenchLink(choices);
      assert.ok(link.ok);
      assert.deepEqual(readWorkbenchLink(`#${link.fragment}`), { ok: true, choices, preset: null });
    }
  });

  it("never carries the example secret (the choices hold no credential)", () => {
    for (const { choices } of WORKBENCH_PRESETS) {
      const link = createWorkbenchLink(choices);
      assert.ok(link.ok);
      const text = LZString.decompressFromEncodedURIComponent(link.fragment.slice(3))!;
      assert.ok(!text.includes("wJalrXUtnFEMI"));
      assert.ok(!/secret|token/i.test(text));
    }
  });

  it("opens every preset by name (#preset=<id>), and reports an unknown one", () => {
    for (const p of WORKBENCH_PRESETS) assert.deepEqual(readWorkbenchLink(`#preset=${p.id}`), { ok: true, choices: p.choices, preset: p.id });
    const bad = readWorkbenchLink("#preset=nope");
    assert.ok(bad && !bad.ok && /not a workbench preset/.test(bad.note));
  });

  it("reports hand-edited links instead of throwing", () => {
    for (const hash of ["#u1=garbage!!", "#v1=abc", "#u1=" + LZString.compressToEncodedURIComponent('{"mode":"put","fileSize":"big"}'), "#u1=" + LZString.compressToEncodedURIComponent('{"mode":"post","__proto__":{"x":1},"order":["file"]}')]) {
      const read = readWorkbenchLink(hash);
      assert.ok(read && !read.ok, hash);
    }
    assert.equal(readWorkbenchLink(""), null);
  });
});
