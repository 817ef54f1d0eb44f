import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { createMockServer } from "../../src/mock/createMockServer.ts";
import type { MockServer } from "../../src/mock/createMockServer.ts";
import { createDefaultWorld } from "../../src/mock/lab.ts";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

// The README's default world: sigfix-example in us-east-1, sigfix-example-eu in eu-west-1.
let east: RunningS3Mock;
let west: MockServer;
let westUrl: string;
before(async () => {
  east = await startS3Mock();
  west = createMockServer({ region: "eu-west-1", mode: "aws", world: createDefaultWorld(new Date()) });
  westUrl = await west.listen(0, "127.0.0.1");
});
after(async () => {
  await east.close();
  await west.close();
});

const header = (err: { $response?: { headers: Record<string, string> } }, name: string) => err.$response?.headers[name];

describe("the lab's bucket-region answers pass through the mock's S3", () => {
  it("answers a write for the eu-west-1 bucket at the us-east-1 endpoint with 301 PermanentRedirect and x-amz-bucket-region, and stores nothing", async () => {
    const s3 = s3Client(east.endpoint);
    try {
      const err = await s3.send(new PutObjectCommand({ Bucket: "sigfix-example-eu", Key: "k.txt", Body: "x" })).catch((e) => e);
      // source: https://github.com/skyplane-project/skyplane/issues/216 (raw body, 2022).
      assert.deepEqual([err.name, err.$metadata.httpStatusCode, err.message], ["PermanentRedirect", 301, "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint."]);
      assert.equal(header(err, "x-amz-bucket-region"), "eu-west-1");
      const head = await s3.send(new HeadObjectCommand({ Bucket: "sigfix-example-eu", Key: "k.txt" })).catch((e) => e);
      assert.equal(head.$metadata.httpStatusCode, 301, "HEAD: the same redirect, without a body");
      assert.equal(header(head, "x-amz-bucket-region"), "eu-west-1");
    } finally {
      s3.destroy();
    }
  });

  it("stores and serves the eu-west-1 bucket at an eu-west-1 endpoint, for a client signing eu-west-1", async () => {
    const s3 = s3Client(westUrl, { region: "eu-west-1" });
    try {
      await s3.send(new PutObjectCommand({ Bucket: "sigfix-example-eu", Key: "k.txt", Body: "in Ireland" }));
      const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example-eu", Key: "k.txt" }));
      assert.equal(await got.Body!.transformToString(), "in Ireland");
    } finally {
      s3.destroy();
    }
  });
});
