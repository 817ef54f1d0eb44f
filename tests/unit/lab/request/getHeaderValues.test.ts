import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getHeaderValues } from "../../../../src/lab/request/getHeaderValues.ts";

describe("getHeaderValues", () => {
  const req = {
    headers: [
      { name: "X-Amz-Date", value: "1" },
      { name: "host", value: "h" },
      { name: "x-amz-date", value: "2" },
    ],
  };
  it("matches names case-insensitively and keeps arrival order", () => {
    assert.deepEqual(getHeaderValues(req, "X-AMZ-DATE"), ["1", "2"]);
  });
  it("returns an empty list for an absent header", () => {
    assert.deepEqual(getHeaderValues(req, "authorization"), []);
  });
});
