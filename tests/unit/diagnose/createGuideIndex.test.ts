import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createGuideIndex } from "../../../src/diagnose/createGuideIndex.ts";

describe("createGuideIndex", () => {
  it("keeps error guides only, with their responses and causes, sorted by slug", () => {
    const index = createGuideIndex([
      { id: "how-to/which-credentials", data: { title: "Which credentials" } },
      {
        id: "errors/expired-token",
        data: {
          title: "The security token included in the request is expired",
          guide: {
            responses: [{ code: "ExpiredToken", status: 403, protocol: "awsQuery", message: "The security token included in the request is expired", meaning: "m", shortLink: true }],
            causes: [
              { id: "session-ended", title: "The session ended", scenario: { faults: ["expired-token"] }, expect: { code: "ExpiredToken", message: "The security token included in the request is expired" } },
              { id: "not-modelled", title: "Not in the lab" },
            ],
          },
        },
      },
    ]);
    assert.deepEqual(index, {
      guides: [
        {
          slug: "expired-token",
          title: "The security token included in the request is expired",
          responses: [{ code: "ExpiredToken", status: 403, protocol: "awsQuery", message: "The security token included in the request is expired", meaning: "m", shortLink: true }],
          causes: [
            { id: "session-ended", title: "The session ended", faults: ["expired-token"], expect: { code: "ExpiredToken", message: "The security token included in the request is expired" } },
            { id: "not-modelled", title: "Not in the lab", faults: [] },
          ],
        },
      ],
    });
  });
});
