import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatAmzDate } from "../../../../src/lab/sigv4/formatAmzDate.ts";

describe("formatAmzDate", () => {
  it("writes the ISO 8601 basic form in UTC and the date alone", () => {
    assert.deepEqual(formatAmzDate(new Date("2015-08-30T12:36:00Z")), { longDate: "20150830T123600Z", shortDate: "20150830" });
  });
  it("drops milliseconds without rounding up", () => {
    assert.equal(formatAmzDate(new Date("2013-05-24T23:59:59.999Z")).longDate, "20130524T235959Z");
  });
});
