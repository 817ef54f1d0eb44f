import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeAwsChunked, MAX_AWS_CHUNKS } from "../../../../src/lab/index.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Array<string | Uint8Array>) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const A64K = "a".repeat(65536);
const A1K = "a".repeat(1024);

// AWS docs, sigv4-streaming.html: the 66560-byte 'a' body, 64 KiB + 1 KiB + the final chunk (66824 bytes on the wire).
const DOCS_BODY = join(
  "10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n", A64K, "\r\n",
  "400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n", A1K, "\r\n",
  "0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n",
);

describe("decodeAwsChunked", () => {
  it("decodes the AWS docs' signed example: three chunks, their signatures and 66560 bytes of 'a'", () => {
    assert.equal(DOCS_BODY.length, 66824);
    const r = decodeAwsChunked(DOCS_BODY);
    assert.ok(r.ok);
    assert.deepEqual(r.value.chunks.map((c) => [c.size, c.signature]), [
      [65536, "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648"],
      [1024, "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497"],
      [0, "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9"],
    ]);
    assert.equal(r.value.data.length, 66560);
    assert.ok(r.value.data.every((b) => b === 0x61));
    assert.deepEqual(r.value.trailers, []);
  });

  it("reads the docs' trailer example's trailers, with or without the empty line before them", () => {
    const head = join("400;chunk-signature=1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7\r\n", A1K, "\r\n",
      "0;chunk-signature=2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992\r\n");
    const tail = "x-amz-checksum-crc32c:sOO8/Q==\r\nx-amz-trailer-signature:d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435\r\n";
    for (const body of [join(head, tail, "\r\n"), join(head, "\r\n", tail), join(head, tail)]) {
      const r = decodeAwsChunked(body);
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(r.value.trailers, [["x-amz-checksum-crc32c", "sOO8/Q=="]]);
      assert.equal(r.value.trailerSignature, "d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435");
      assert.equal(r.value.canonicalTrailers, "x-amz-checksum-crc32c:sOO8/Q==\n");
    }
  });

  it("reads JS v3's unsigned framing (hex\\r\\n data \\r\\n 0\\r\\n trailer \\r\\n\\r\\n) and Swift's spaced trailer without a final CRLF", () => {
    const r = decodeAwsChunked(enc("5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n"));
    assert.ok(r.ok);
    assert.equal(new TextDecoder().decode(r.value.data), "hello");
    assert.deepEqual(r.value.trailers, [["x-amz-checksum-crc32", "NhCmhg=="]]);
    const spaced = decodeAwsChunked(enc("5\r\nhello\r\n0\r\nX-Amz-Checksum-CRC32: NhCmhg==\r\n"));
    assert.ok(spaced.ok);
    assert.deepEqual(spaced.value.trailers, [["x-amz-checksum-crc32", "NhCmhg=="]]);
  });

  it("accepts spaces around `;` and `=` in a chunk header (Swift's suite: AWS accepts them)", () => {
    const r = decodeAwsChunked(enc("5 ; chunk-signature = abc \r\nhello\r\n0;chunk-signature=def\r\n\r\n"));
    assert.ok(r.ok);
    assert.deepEqual(r.value.chunks.map((c) => c.signature), ["abc", "def"]);
  });

  it("says why a body is not aws-chunked, never throwing", () => {
    const cases: Array<[string, string]> = [
      ["5\r\nhello\r\n", "truncated"], // no final chunk
      ["10\r\nhello\r\n0\r\n\r\n", "truncated"], // declares more than is there
      ["5\r\nhelloX\r\n0\r\n\r\n", "truncated"], // data without its CRLF
      ["zz\r\nhello\r\n0\r\n\r\n", "chunkHeader"],
      ["-5\r\nhello\r\n0\r\n\r\n", "chunkHeader"],
      ["5;chunk-signature=a;extra=1\r\nhello\r\n0\r\n\r\n", "chunkHeader"],
      ["5\r\nhello\r\n0\r\nnot a trailer\r\n\r\n", "trailer"],
      ["5\r\nhello\r\n0\r\n\r\nx-amz-checksum-crc32:NhCmhg==\r\n", "trailer"], // an empty line before an unsigned trailer
      ["5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\n", "trailerTruncated"],
      ["", "truncated"],
    ];
    for (const [text, problem] of cases) {
      const r = decodeAwsChunked(enc(text));
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.equal(r.problem, problem, JSON.stringify(text));
    }
  });

  it("stops at its limits: too many chunks, an endless chunk header, an endless trailer", () => {
    const many = enc("1\r\na\r\n".repeat(MAX_AWS_CHUNKS + 1) + "0\r\n\r\n");
    const r = decodeAwsChunked(many);
    assert.ok(!r.ok && r.problem === "chunkHeader");
    assert.ok(!decodeAwsChunked(enc("5;" + "x".repeat(5000))).ok);
    const t = decodeAwsChunked(enc("0\r\nx-amz-checksum-crc32:" + "A".repeat(20000)));
    assert.ok(!t.ok && t.problem === "trailer");
  });

  it("stays linear on a megabyte of CR bytes and of one-byte chunks", () => {
    for (const body of [new Uint8Array(1 << 20).fill(0x0d), enc("1\r\na\r\n".repeat(15000))]) {
      const r = decodeAwsChunked(body);
      assert.equal(typeof r.ok, "boolean");
    }
  });
});
