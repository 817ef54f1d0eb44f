import assert from "node:assert/strict";
import { connect, createServer } from "node:net";
import type { Server, Socket } from "node:net";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";


/**
 * A TCP proxy in front of the endpoint that flips one byte of the first request body it forwards, `at` bytes after
 * the end of the head: a bit error or a meddling middlebox between a client that signed and S3.
 */
function startTamperingProxy(target: URL, at: number): Promise<{ server: Server; url: string; flipped: () => boolean }> {
  let flipped = false;
  const server = createServer((client: Socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    let seen = Buffer.alloc(0);
    let bodyStart = -1;
    client.on("data", (data: Buffer) => {
      if (!flipped) {
        const offset = seen.length;
        seen = Buffer.concat([seen, data]);
        if (bodyStart === -1) {
          const end = seen.indexOf("\r\n\r\n");
          if (end !== -1) bodyStart = end + 4;
        }
        const target = bodyStart === -1 ? -1 : bodyStart + at - offset;
        if (target >= 0 && target < data.length) {
          data = Buffer.from(data);
          data[target] = data[target]! ^ 0x01;
          flipped = true;
        }
      }
      upstream.write(data);
    });
    upstream.on("data", (d) => client.write(d));
    client.on("end", () => upstream.end());
    upstream.on("end", () => client.end());
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as { port: number }).port;
    resolve({ server, url: `http://127.0.0.1:${port}`, flipped: () => flipped });
  }));
}

let m: RunningS3Mock;
before(async () => {
  m = await startS3Mock();
});
after(() => m.close());

const BODY = Buffer.alloc(100_000, 0x61);
// A Readable body makes JS v3 send aws-chunked with STREAMING-UNSIGNED-PAYLOAD-TRAILER and a CRC32 trailer.
const streamingPut = (endpoint: string, key: string) =>
  s3Client(endpoint).send(new PutObjectCommand({ Bucket: "sigfix-example", Key: key, Body: Readable.from([BODY.subarray(0, 60_000), BODY.subarray(60_000)]), ContentLength: BODY.length }));

describe("aws-chunked uploads from JS v3 (STREAMING-UNSIGNED-PAYLOAD-TRAILER)", () => {
  it("stores the decoded data of an untouched streaming PutObject", async () => {
    await streamingPut(m.endpoint, "chunked/ok.bin");
    const sent = m.exchanges.at(-1)!.request.headers.find((h) => h.name.toLowerCase() === "x-amz-content-sha256")?.value;
    assert.equal(sent, "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    const got = await s3Client(m.endpoint).send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "chunked/ok.bin" }));
    assert.deepEqual(Buffer.from(await got.Body!.transformToByteArray()), BODY);
  });

  it("refuses a body with one flipped byte with BadDigest, and stores nothing", async () => {
    // 30,000 bytes in: inside the first chunk's data, past the HTTP chunk-size line and the aws-chunked one (a flip in
    // a size line would be Node's parse error, not S3's checksum).
    const proxy = await startTamperingProxy(new URL(m.endpoint), 30_000);
    try {
      const err = await streamingPut(proxy.url, "chunked/tampered.bin").catch((e) => e);
      assert.ok(proxy.flipped(), "the proxy changed a byte of the first chunk's data");
      // source: https://github.com/aws/aws-sdk-ruby/issues/3322 (AWS, through the Ruby SDK: BadDigest, "The CRC32 you
      // specified did not match the calculated checksum"); localstack's AWS-recorded put-wrong-checksum-value snapshot
      // and https://github.com/ministackorg/ministack/issues/1497 (run against AWS) carry the full stop.
      assert.equal(err.name, "BadDigest", String(err));
      assert.equal(err.$metadata.httpStatusCode, 400);
      assert.equal(err.message, "The CRC32 you specified did not match the calculated checksum.");
      const missing = await s3Client(m.endpoint).send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "chunked/tampered.bin" })).catch((e) => e);
      assert.equal(missing.name, "NoSuchKey");
    } finally {
      proxy.server.close();
    }
  });
});
