import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

let m: RunningS3Mock;
let s3: S3Client;
let s3Required: S3Client;
before(async () => {
  m = await startS3Mock();
  s3 = s3Client(m.endpoint);
  s3Required = s3Client(m.endpoint, { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" });
});
after(async () => {
  s3.destroy();
  s3Required.destroy();
  await m.close();
});

// Bytes that UTF-8 decoding would mangle (a lone 0xff, NUL, CR LF), so a text path anywhere would show.
const BYTES = new Uint8Array([0x00, 0xff, 0x0d, 0x0a, 0x80, 0x41, 0xfe, 0x00, 0x7f]);
const md5 = (b: Uint8Array) => `"${createHash("md5").update(b).digest("hex")}"`;
const lastRequest = (method: string) => [...m.exchanges].reverse().find((e) => e.request.method === method)!;

describe("the mock endpoint's S3 with @aws-sdk/client-s3", () => {
  for (const [label, client] of [["default checksums", () => s3], ["requestChecksumCalculation WHEN_REQUIRED", () => s3Required]] as const) {
    it(`returns the PutObject bytes, type, metadata and MD5 ETag on GetObject and HeadObject (${label})`, async () => {
      const key = `round-trip/${label}.bin`;
      const put = await client().send(new PutObjectCommand({ Bucket: "sigfix-example", Key: key, Body: BYTES, ContentType: "application/x-sigfix", Metadata: { origin: "test" } }));
      assert.equal(put.ETag, md5(BYTES));
      const got = await client().send(new GetObjectCommand({ Bucket: "sigfix-example", Key: key }));
      assert.deepEqual(await got.Body!.transformToByteArray(), BYTES);
      assert.deepEqual([got.ETag, got.ContentType, got.ContentLength, got.Metadata], [md5(BYTES), "application/x-sigfix", BYTES.length, { origin: "test" }]);
      const head = await client().send(new HeadObjectCommand({ Bucket: "sigfix-example", Key: key }));
      assert.deepEqual([head.ETag, head.ContentLength, head.ContentType], [md5(BYTES), BYTES.length, "application/x-sigfix"]);
    });
  }

  it("sends a CRC32 by default, and GetObject echoes it when asked (x-amz-checksum-mode: ENABLED)", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "sigfix-example", Key: "crc.txt", Body: "hello" }));
    assert.equal(lastRequest("PUT").request.headers.find((h) => h.name.toLowerCase() === "x-amz-checksum-crc32")?.value, "NhCmhg==");
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "crc.txt", ChecksumMode: "ENABLED" }));
    // CRC32("hello") = 0x3610a686 (zlib's check value), base64 of its four big-endian bytes.
    assert.equal(got.ChecksumCRC32, "NhCmhg==");
    assert.equal(await got.Body!.transformToString(), "hello");
  });

  it("sends no checksum with WHEN_REQUIRED, and GetObject then reports no CRC32", async () => {
    await s3Required.send(new PutObjectCommand({ Bucket: "sigfix-example", Key: "plain.txt", Body: "hello" }));
    assert.equal(lastRequest("PUT").request.headers.some((h) => h.name.toLowerCase().startsWith("x-amz-checksum-")), false);
    const got = await s3Required.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "plain.txt", ChecksumMode: "ENABLED" }));
    assert.equal(got.ChecksumCRC32, undefined);
  });

  it("serves a byte range with 206 and Content-Range, as the AWS CLI downloads large objects", async () => {
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "round-trip/default checksums.bin", Range: "bytes=1-3" }));
    assert.equal(got.$metadata.httpStatusCode, 206);
    assert.equal(got.ContentRange, `bytes 1-3/${BYTES.length}`);
    assert.deepEqual(await got.Body!.transformToByteArray(), BYTES.subarray(1, 4));
  });

  it("answers a range past the end with InvalidRange 416", async () => {
    const err = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "crc.txt", Range: "bytes=5-9" })).catch((e) => e);
    assert.deepEqual([err.name, err.$metadata.httpStatusCode, err.message], ["InvalidRange", 416, "The requested range is not satisfiable"]);
  });

  it("lists what was stored, with prefix and delimiter", async () => {
    const all = await s3.send(new ListObjectsV2Command({ Bucket: "sigfix-example", Prefix: "round-trip/" }));
    assert.deepEqual(all.Contents?.map((c) => [c.Key, c.Size, c.ETag]), [
      ["round-trip/default checksums.bin", BYTES.length, md5(BYTES)],
      ["round-trip/requestChecksumCalculation WHEN_REQUIRED.bin", BYTES.length, md5(BYTES)],
    ]);
    const top = await s3.send(new ListObjectsV2Command({ Bucket: "sigfix-example", Delimiter: "/" }));
    assert.deepEqual(top.CommonPrefixes?.map((p) => p.Prefix), ["round-trip/"]);
    assert.ok(top.Contents?.some((c) => c.Key === "hello.txt"), "the sample object is listed");
  });

  it("pages a listing with MaxKeys and the continuation token", async () => {
    const first = await s3.send(new ListObjectsV2Command({ Bucket: "sigfix-example", MaxKeys: 2 }));
    assert.equal(first.IsTruncated, true);
    const rest = await s3.send(new ListObjectsV2Command({ Bucket: "sigfix-example", MaxKeys: 1000, ContinuationToken: first.NextContinuationToken }));
    const keys = [...(first.Contents ?? []), ...(rest.Contents ?? [])].map((c) => c.Key);
    assert.deepEqual(keys, ["crc.txt", "hello.txt", "plain.txt", "round-trip/default checksums.bin", "round-trip/requestChecksumCalculation WHEN_REQUIRED.bin"]);
  });

  it("deletes an object; GetObject then answers NoSuchKey 404 with S3's exact body", async () => {
    await s3.send(new DeleteObjectCommand({ Bucket: "sigfix-example", Key: "plain.txt" }));
    const res = await fetchSigned("GET", "/sigfix-example/plain.txt");
    assert.equal(res.status, 404);
    // source: https://github.com/frostealth/yii2-aws-s3/issues/25 (raw body): Code, Message, Key, RequestId, HostId.
    assert.match(res.body, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist\.<\/Message><Key>plain\.txt<\/Key><RequestId>[A-Z0-9]{16}<\/RequestId><HostId>[A-Za-z0-9+/=]+<\/HostId><\/Error>$/);
    const err = await s3.send(new HeadObjectCommand({ Bucket: "sigfix-example", Key: "plain.txt" })).catch((e) => e);
    assert.deepEqual([err.name, err.$metadata.httpStatusCode], ["NotFound", 404]);
  });
});

/** A raw GET signed by the SDK's own presigner, read as text (to see S3's body as the wire carries it). */
async function fetchSigned(method: string, path: string): Promise<{ status: number; body: string }> {
  const { getSignedUrl } = await import("@aws-sdk/s3-request-presigner");
  const [bucket, ...key] = path.slice(1).split("/");
  const url = await getSignedUrl(s3Required, new GetObjectCommand({ Bucket: bucket, Key: key.join("/") }), { expiresIn: 60 });
  const res = await fetch(url, { method });
  return { status: res.status, body: await res.text() };
}
