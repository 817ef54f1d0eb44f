import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { listPresets } from "../../../src/playgroundState/listPresets.ts";

describe("listPresets", () => {
  it("lists one preset per cause with a scenario, guides sorted by id", () => {
    const presets = listPresets([
      { id: "index", data: { title: "Home" } },
      {
        id: "errors/zeta",
        data: { title: "Zeta", guide: { causes: [{ id: "c1", title: "First", scenario: { service: "s3", faults: [] } }] } },
      },
      {
        id: "errors/alpha",
        data: {
          title: "Alpha",
          guide: {
            causes: [
              { id: "no-lab", title: "Not in the lab" },
              { id: "skew", title: "Clock skew", scenario: { service: "sts", faults: ["clock-skew-behind"] } },
            ],
          },
        },
      },
    ]);
    assert.deepEqual(presets, [
      { id: "errors/alpha#skew", group: "Alpha", label: "Clock skew", ref: { service: "sts", faults: ["clock-skew-behind"] } },
      { id: "errors/zeta#c1", group: "Zeta", label: "First", ref: { service: "s3", faults: [] } },
    ]);
  });
});
