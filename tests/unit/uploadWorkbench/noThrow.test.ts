// Bad input never throws: every field of both defaults, set in turn to hostile text or numbers, gets an answer or a
// message from runWorkbench.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_POST, DEFAULT_PUT, runWorkbench } from "../../../src/uploadWorkbench/index.ts";
import type { WorkbenchChoices } from "../../../src/uploadWorkbench/index.ts";

const TEXTS = ["", " ", "__proto__", "constructor", "a b", "ü", "x\r\nInjected: 1", "%", "../..", "a".repeat(1024), "{", "${filename}", "\u0000"];
const NUMBERS = [0, -1, 1, 604801, 1e15, -1e9, 1048577, 3.5, Number.NaN];

describe("runWorkbench", () => {
  for (const base of [DEFAULT_PUT, DEFAULT_POST] as const) {
    it(`answers every hostile ${base.mode.toUpperCase()} field with an outcome, never a throw`, async () => {
      for (const [field, value] of Object.entries(base)) {
        const values = typeof value === "number" ? NUMBERS : typeof value === "string" ? TEXTS : [];
        for (const bad of values) {
          const outcome = await runWorkbench({ ...base, [field]: bad } as unknown as WorkbenchChoices);
          assert.equal(typeof outcome.ok, "boolean", `${field} = ${JSON.stringify(bad).slice(0, 30)}`);
        }
      }
    });
  }
});
