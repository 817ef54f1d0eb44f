import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { formatHttpDate } from "../../../../src/lab/render/formatHttpDate.ts";

describe("formatHttpDate", () => {
  it("writes RFC 1123 with a zero-padded day and GMT", () => {
    assert.equal(formatHttpDate(new Date("2024-08-05T06:34:17Z")), "Mon, 05 Aug 2024 06:34:17 GMT");
  });
  it("drops milliseconds", () => {
    assert.equal(formatHttpDate(new Date("2015-08-30T12:36:00.999Z")), "Sun, 30 Aug 2015 12:36:00 GMT");
  });
});
