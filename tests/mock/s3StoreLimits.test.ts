import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

const MiB = 1024 * 1024;
let m: RunningS3Mock;
let s3: S3Client;
before(async () => {
  // 2 MiB and 4 entries: the sample object (27 bytes) plus room for about one 1.5 MB object.
  m = await startS3Mock({ storeCaps: { maxBytes: 2 * MiB, maxEntries: 4 } });
  s3 = s3Client(m.endpoint, { requestChecksumCalculation: "WHEN_REQUIRED" });
});
after(async () => {
  s3.destroy();
  await m.close();
});

const put = (key: string, size: number) => s3.send(new PutObjectCommand({ Bucket: "sigfix-example", Key: key, Body: new Uint8Array(size) })).catch((e) => e);

/** Sends only a request head with this Content-Length and returns the status (the endpoint answers before the body). */
function statusForDeclaredLength(method: string, path: string, length: number, headers: Record<string, string>): Promise<number> {
  const url = new URL(m.endpoint);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { ...headers, "Content-Length": String(length) } }, (res) => {
      answered = true;
      // The endpoint closes the connection after its 413; the unsent body then aborts the response: expected.
      res.on("error", () => {});
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    req.flushHeaders();
  });
}

const S3_SCOPE = { Authorization: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00" };

describe("the mock's S3 store and body limits", () => {
  it("accepts an S3 write above the 1 MiB body limit of other requests", async () => {
    const r = await put("limits/1.5mb.bin", 1_500_000);
    assert.equal(r.$metadata.httpStatusCode, 200, String(r));
  });

  it("refuses a write past the store's byte cap with XSigfixStoreFull 507, and keeps what it had", async () => {
    const err = await put("limits/second.bin", 1_000_000);
    assert.deepEqual([err.name, err.$metadata.httpStatusCode], ["XSigfixStoreFull", 507]);
    assert.equal(err.message, "The sigfix mock endpoint keeps at most 2 MiB and 4 objects and parts, in memory; this write does not fit. Delete objects or abort uploads (or restart npm run mock-aws) and try again.");
    const kept = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "limits/1.5mb.bin" }));
    assert.equal((await kept.Body!.transformToByteArray()).length, 1_500_000);
  });

  it("counts an overwrite as the new size only, and a delete frees its bytes", async () => {
    assert.equal((await put("limits/1.5mb.bin", 1_600_000)).$metadata.httpStatusCode, 200);
    await s3.send(new DeleteObjectCommand({ Bucket: "sigfix-example", Key: "limits/1.5mb.bin" }));
    assert.equal((await put("limits/second.bin", 1_000_000)).$metadata.httpStatusCode, 200);
  });

  it("refuses a write past the entry cap", async () => {
    assert.equal((await put("limits/a", 1)).$metadata.httpStatusCode, 200);
    assert.equal((await put("limits/b", 1)).$metadata.httpStatusCode, 200);
    const err = await put("limits/c", 1);
    assert.equal(err.name, "XSigfixStoreFull");
  });

  it("answers 413 to an S3 write declaring more than 32 MiB, and to any other body over 1 MiB", async () => {
    assert.equal(await statusForDeclaredLength("PUT", "/sigfix-example/huge", 32 * MiB + 1, S3_SCOPE), 413);
    assert.equal(await statusForDeclaredLength("POST", "/", MiB + 1, { "Content-Type": "application/x-www-form-urlencoded" }), 413);
  });
});
