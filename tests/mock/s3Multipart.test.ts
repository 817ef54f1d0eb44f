import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, GetObjectCommand, UploadPartCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

let m: RunningS3Mock;
let s3: S3Client;
before(async () => {
  m = await startS3Mock();
  s3 = s3Client(m.endpoint);
});
after(async () => {
  s3.destroy();
  await m.close();
});

const MiB = 1024 * 1024;
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const md5 = (b: Uint8Array) => createHash("md5").update(b).digest();
/** The body the endpoint sent for the last request of this operation, as the wire carried it. */
const lastBody = (operation: string) => [...m.exchanges].reverse().find((e) => e.route.operation === operation)!.response.body;

async function upload(key: string, sizes: number[]): Promise<{ uploadId: string; etags: string[] }> {
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: "sigfix-example", Key: key }));
  const etags: string[] = [];
  for (const [i, size] of sizes.entries()) {
    const r = await s3.send(new UploadPartCommand({ Bucket: "sigfix-example", Key: key, UploadId, PartNumber: i + 1, Body: new Uint8Array(size).fill(i + 1) }));
    etags.push(r.ETag!);
  }
  return { uploadId: UploadId!, etags };
}

const complete = (key: string, uploadId: string, parts: Array<{ ETag: string; PartNumber: number }>) =>
  s3.send(new CompleteMultipartUploadCommand({ Bucket: "sigfix-example", Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } })).catch((e) => e);

describe("the mock endpoint's S3 with @aws-sdk/lib-storage and multipart uploads", () => {
  it("takes a 20 MB Upload (multipart, default checksums) and GetObject returns the same bytes", async () => {
    const body = randomBytes(20_000_000);
    await new Upload({ client: s3, params: { Bucket: "sigfix-example", Key: "big/20mb.bin", Body: body } }).done();
    const parts = m.exchanges.filter((e) => e.route.operation === "UploadPart" && e.request.target.startsWith("/sigfix-example/big/20mb.bin?"));
    assert.equal(parts.length, 4, "lib-storage cuts 20 MB into 5 MiB parts");
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "big/20mb.bin" }));
    assert.equal(sha256(await got.Body!.transformToByteArray()), sha256(body));
    // The multipart ETag: MD5 of the four parts' binary MD5s, then "-4" (s3transfer, rclone and MinIO compute it so).
    const expected = createHash("md5").update(Buffer.concat([0, 1, 2, 3].map((i) => md5(body.subarray(i * 5 * MiB, Math.min((i + 1) * 5 * MiB, body.length)))))).digest("hex");
    assert.equal(got.ETag, `"${expected}-4"`);
  });

  it("lets the last part be smaller than 5 MiB", async () => {
    const { uploadId, etags } = await upload("mp/ok.bin", [5 * MiB, 10]);
    const r = await complete("mp/ok.bin", uploadId, etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })));
    assert.equal(r.$metadata.httpStatusCode, 200, String(r));
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "mp/ok.bin" }));
    assert.equal((await got.Body!.transformToByteArray()).length, 5 * MiB + 10);
  });

  it("refuses a part under 5 MiB that is not the last with EntityTooSmall, as S3 words it", async () => {
    const { uploadId, etags } = await upload("mp/small.bin", [1024, 1024]);
    const err = await complete("mp/small.bin", uploadId, etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })));
    assert.deepEqual([err.name, err.$metadata.httpStatusCode], ["EntityTooSmall", 400]);
    // source: https://github.com/apache/arrow-rs/issues/3233 (raw AWS body; the ETag without quotes).
    const etag = etags[0]!.replace(/"/g, "");
    assert.match(lastBody("CompleteMultipartUpload"), new RegExp(`<Error><Code>EntityTooSmall</Code><Message>Your proposed upload is smaller than the minimum allowed size</Message><ProposedSize>1024</ProposedSize><MinSizeAllowed>5242880</MinSizeAllowed><PartNumber>1</PartNumber><ETag>${etag}</ETag><RequestId>`));
  });

  it("refuses an ETag that matches no uploaded part with InvalidPart", async () => {
    const { uploadId, etags } = await upload("mp/wrong.bin", [5 * MiB, 10]);
    const err = await complete("mp/wrong.bin", uploadId, [{ ETag: etags[0]!, PartNumber: 1 }, { ETag: '"0123456789abcdef0123456789abcdef"', PartNumber: 2 }]);
    assert.deepEqual([err.name, err.$metadata.httpStatusCode], ["InvalidPart", 400]);
    // source: https://github.com/versity/versitygw/issues/1008 (raw AWS body: two spaces after "found.").
    assert.ok(
      lastBody("CompleteMultipartUpload").includes(
        `<Message>One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.</Message><UploadId>${uploadId}</UploadId><PartNumber>2</PartNumber><ETag>0123456789abcdef0123456789abcdef</ETag>`,
      ),
      lastBody("CompleteMultipartUpload"),
    );
  });

  it("refuses parts out of order with InvalidPartOrder", async () => {
    const { uploadId, etags } = await upload("mp/order.bin", [5 * MiB, 5 * MiB]);
    const err = await complete("mp/order.bin", uploadId, [{ ETag: etags[1]!, PartNumber: 2 }, { ETag: etags[0]!, PartNumber: 1 }]);
    // source: https://github.com/omrikiei/aws_logging_handlers/pull/28 (AWS via botocore).
    assert.deepEqual([err.name, err.$metadata.httpStatusCode, err.message], ["InvalidPartOrder", 400, "The list of parts was not in ascending order. Parts must be ordered by part number."]);
  });

  it("forgets an aborted upload: a second abort answers NoSuchUpload 404", async () => {
    const { uploadId } = await upload("mp/abort.bin", [10]);
    const ok = await s3.send(new AbortMultipartUploadCommand({ Bucket: "sigfix-example", Key: "mp/abort.bin", UploadId: uploadId }));
    assert.equal(ok.$metadata.httpStatusCode, 204);
    const err = await s3.send(new AbortMultipartUploadCommand({ Bucket: "sigfix-example", Key: "mp/abort.bin", UploadId: uploadId })).catch((e) => e);
    // source: https://github.com/peak/s5cmd/issues/450 (AWS, 404).
    assert.deepEqual([err.name, err.$metadata.httpStatusCode, err.message], ["NoSuchUpload", 404, "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed."]);
  });
});
