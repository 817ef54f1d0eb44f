import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { entry } from "./support/catalogue.ts";
import { createClient } from "./support/clients.ts";
import { AKID, TEMP_VALID } from "./support/identities.ts";
import { presignWithNodeCrypto } from "./support/presignWithNodeCrypto.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

let m: RunningMock;
let s3: S3Client;
before(async () => {
  m = await startMock();
  s3 = createClient("s3", m.endpoint, AKID, { clockMs: T0 }) as S3Client;
});
after(async () => {
  s3.destroy();
  await m.close();
});

const presign = (expiresIn: number, client: S3Client = s3) =>
  getSignedUrl(client, new GetObjectCommand({ Bucket: "sigfix-example", Key: "hello.txt" }), { expiresIn, signingDate: new Date(T0) });

/** Code, Message and the extra elements of an S3 error body. */
async function fetchError(url: string): Promise<{ status: number; code: string; message: string; body: string }> {
  const res = await fetch(url);
  const body = await res.text();
  return { status: res.status, code: /<Code>(.*?)<\/Code>/.exec(body)?.[1] ?? "", message: /<Message>(.*?)<\/Message>/.exec(body)?.[1] ?? "", body };
}

describe("createMockServer with URLs from @aws-sdk/s3-request-presigner", () => {
  it("serves a presigned GetObject URL until X-Amz-Expires has passed", async () => {
    const url = await presign(60);
    assert.match(url, /X-Amz-Expires=60&/);
    m.setClock(T0 + 59_000);
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), "Hello from the sigfix lab.\n");
  });

  it("answers AccessDenied \"Request has expired\" with X-Amz-Expires, Expires and ServerTime once the URL expired", async () => {
    const url = await presign(60);
    m.setClock(T0 + 61_000);
    const got = await fetchError(url);
    const e = entry("s3.AccessDenied.request-has-expired");
    assert.deepEqual([got.status, got.code, got.message], [e.httpStatus, e.code, e.messageTemplate]);
    assert.match(got.body, /<X-Amz-Expires>60<\/X-Amz-Expires><Expires>2026-03-01T12:01:00Z<\/Expires><ServerTime>2026-03-01T12:01:01Z<\/ServerTime>/);
  });

  it("accepts exactly one week, the presigner's and S3's maximum", async () => {
    const url = await presign(604_800);
    m.setClock(T0 + 604_000_000);
    assert.equal((await fetch(url)).status, 200);
  });

  it("has the SDK refuse to presign for more than a week, so such a URL never leaves the client", async () => {
    await assert.rejects(presign(604_801), /one week|7 days/);
  });

  it("refuses a URL signed for more than a week with S3's AuthorizationQueryParametersError", async () => {
    m.setClock(T0);
    const url = presignWithNodeCrypto({ endpoint: m.endpoint, path: "/sigfix-example/hello.txt", ...AKID, region: "us-east-1", amzDate: "20260301T120000Z", expires: 604_801 });
    const got = await fetchError(url);
    const e = entry("s3.AuthorizationQueryParametersError.expires-too-large");
    assert.deepEqual([got.status, got.code, got.message], [e.httpStatus, e.code, e.messageTemplate]);
  });

  it("accepts the second implementation's URL when it asks for a week or less, so the refusal above is about the week", async () => {
    m.setClock(T0);
    const url = presignWithNodeCrypto({ endpoint: m.endpoint, path: "/sigfix-example/hello.txt", ...AKID, region: "us-east-1", amzDate: "20260301T120000Z", expires: 604_800 });
    assert.equal((await fetch(url)).status, 200);
  });

  it("carries a session token in the URL and honours it", async () => {
    const client = createClient("s3", m.endpoint, TEMP_VALID, { clockMs: T0 }) as S3Client;
    try {
      m.setClock(T0);
      const url = await presign(300, client);
      assert.match(url, /X-Amz-Security-Token=sigfix-valid-session-token-EXAMPLE/);
      assert.equal((await fetch(url)).status, 200);
    } finally {
      client.destroy();
    }
  });
});
