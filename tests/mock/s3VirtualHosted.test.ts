import assert from "node:assert/strict";
import { lookup as dnsLookup } from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent } from "node:http";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

/**
 * `*.localhost` is loopback by RFC 6761 §6.3, and browsers and curl (7.78+) treat it so; Node's dns.lookup asks the
 * system resolver, and glibc without nss-myhostname answers ENOTFOUND for `sigfix-example.localhost`. The agent's
 * lookup does what RFC 6761 asks, so the test runs on any machine.
 */
const loopbackLookup: LookupFunction = (host, options, callback) => {
  if (!host.endsWith(".localhost")) return dnsLookup(host, options, callback);
  if (options.all) return (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: "127.0.0.1", family: 4 }]);
  return callback(null, "127.0.0.1", 4);
};

let m: RunningS3Mock;
let s3: S3Client;
let agent: Agent;
before(async () => {
  m = await startS3Mock();
  agent = new Agent({ keepAlive: true, lookup: loopbackLookup });
  // forcePathStyle false: the SDK puts the bucket in the Host, `sigfix-example.localhost:PORT`.
  s3 = s3Client(`http://localhost:${m.port}`, { forcePathStyle: false, requestHandler: { httpAgent: agent } });
});
after(async () => {
  s3.destroy();
  agent.destroy();
  await m.close();
});

describe("virtual-hosted S3 requests on *.localhost names", () => {
  it("puts and gets an object with the bucket in the Host", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "sigfix-example", Key: "vhost/a b+c.txt", Body: "virtual" }));
    const put = m.exchanges.at(-1)!;
    assert.equal(put.request.headers.find((h) => h.name.toLowerCase() === "host")?.value, `sigfix-example.localhost:${m.port}`);
    assert.match(put.request.target, /^\/vhost\/a%20b%2Bc\.txt\?/);
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "vhost/a b+c.txt" }));
    assert.equal(await got.Body!.transformToString(), "virtual");
  });

  it("stores one object whichever style addressed it", async () => {
    const pathStyle = s3Client(m.endpoint);
    try {
      const got = await pathStyle.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "vhost/a b+c.txt" }));
      assert.equal(await got.Body!.transformToString(), "virtual");
    } finally {
      pathStyle.destroy();
    }
  });

  it("lists the bucket at / on its own host", async () => {
    const r = await s3.send(new ListObjectsV2Command({ Bucket: "sigfix-example", Prefix: "vhost/" }));
    assert.equal(m.exchanges.at(-1)!.request.target.split("?")[0], "/");
    assert.deepEqual(r.Contents?.map((c) => c.Key), ["vhost/a b+c.txt"]);
  });
});
