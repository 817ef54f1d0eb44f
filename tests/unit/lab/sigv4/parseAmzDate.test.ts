import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAmzDate } from "../../../../src/lab/sigv4/parseAmzDate.ts";

describe("parseAmzDate", () => {
  it("parses yyyyMMddTHHmmssZ as UTC", () => {
    assert.equal(parseAmzDate("20150830T123600Z")?.toISOString(), "2015-08-30T12:36:00.000Z");
  });
  it("rejects other formats", () => {
    for (const s of ["2015-08-30T12:36:00Z", "20150830T123600", "20150830t123600z", "Fri, 24 May 2013 00:00:00 GMT", " 20150830T123600Z", ""]) {
      assert.equal(parseAmzDate(s), null, s);
    }
  });
  it("rejects impossible dates and times", () => {
    assert.equal(parseAmzDate("20150230T123600Z"), null);
    assert.equal(parseAmzDate("20150830T243600Z"), null);
    assert.equal(parseAmzDate("20150830T126000Z"), null);
  });
});
