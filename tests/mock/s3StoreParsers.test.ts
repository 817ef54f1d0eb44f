import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCompleteMultipartUpload } from "../../src/mock/s3Store/parseCompleteMultipartUpload.ts";
import { parseRange } from "../../src/mock/s3Store/parseRange.ts";

describe("parseRange", () => {
  it("reads the three single-range forms of RFC 9110 §14.1.2", () => {
    assert.deepEqual(parseRange("bytes=0-9", 100), { kind: "part", start: 0, end: 9 });
    assert.deepEqual(parseRange("bytes=90-", 100), { kind: "part", start: 90, end: 99 });
    assert.deepEqual(parseRange("bytes=-10", 100), { kind: "part", start: 90, end: 99 });
  });

  it("clips a last byte past the end, as S3 and RFC 9110 do", () => {
    assert.deepEqual(parseRange("bytes=8388608-16777215", 10_000_000), { kind: "part", start: 8388608, end: 9_999_999 });
  });

  it("is unsatisfiable when the first byte is at or past the end", () => {
    assert.deepEqual(parseRange("bytes=100-200", 100), { kind: "unsatisfiable" });
  });

  it("serves the whole object for what S3 ignores: several ranges, another unit, garbage, a reversed range", () => {
    for (const h of ["bytes=0-1,5-6", "items=0-1", "bytes=abc", "bytes=9-2", `bytes=${"9".repeat(1_000_000)}-`]) assert.deepEqual(parseRange(h, 100), { kind: "whole" }, h.slice(0, 30));
  });
});

describe("parseCompleteMultipartUpload", () => {
  it("reads the parts JS v3 sends, in order, with their checksums and entity-escaped ETags", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
      "<Part><ChecksumCRC32>AAAAAA==</ChecksumCRC32><ETag>&quot;abc&quot;</ETag><PartNumber>1</PartNumber></Part>" +
      '<Part><ETag>"def"</ETag><PartNumber>2</PartNumber></Part></CompleteMultipartUpload>';
    const parts = parseCompleteMultipartUpload(xml)!;
    assert.deepEqual(parts.map((p) => [p.partNumber, p.etag, [...p.checksums]]), [[1, '"abc"', [["ChecksumCRC32", "AAAAAA=="]]], [2, '"def"', []]]);
  });

  it("returns null (MalformedXML) for another document, no part, or a part without number or ETag", () => {
    for (const xml of ["", "<Other/>", "<CompleteMultipartUpload></CompleteMultipartUpload>", "<CompleteMultipartUpload><Part><ETag>x</ETag></Part></CompleteMultipartUpload>", "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>"]) {
      assert.equal(parseCompleteMultipartUpload(xml), null, xml);
    }
  });

  it("refuses a megabyte of open Part tags, and a megabyte of empty parts, without a throw", () => {
    assert.equal(parseCompleteMultipartUpload("<CompleteMultipartUpload>" + "<Part>".repeat(170_000)), null);
    assert.equal(parseCompleteMultipartUpload("<CompleteMultipartUpload>" + "<Part></Part>".repeat(80_000)), null);
  });
});
