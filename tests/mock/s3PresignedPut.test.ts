import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { entry } from "./support/catalogue.ts";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

let m: RunningS3Mock;
let s3: S3Client;
before(async () => {
  m = await startS3Mock();
  // WHEN_REQUIRED: without it JS v3 (3.729+) bakes the CRC32 of an empty body into the URL (issue 12).
  s3 = s3Client(m.endpoint, { requestChecksumCalculation: "WHEN_REQUIRED" });
});
after(async () => {
  s3.destroy();
  await m.close();
});

const BODY = new TextEncoder().encode("uploaded through a presigned URL\n");
// JS v3 signs only `host` unless told to sign more: `signableHeaders` makes the URL carry the Content-Type, as v2's
// getSignedUrl("putObject") did and as guides for browser uploads ask.
const presignPut = (key: string, contentType: string) =>
  getSignedUrl(s3, new PutObjectCommand({ Bucket: "sigfix-example", Key: key, ContentType: contentType }), { expiresIn: 300, signableHeaders: new Set(["content-type"]) });

/**
 * The canonical request S3 computes for a presigned PUT as received, written out from the URL and the headers sent
 * (SigV4: method, path, the query without X-Amz-Signature sorted by name, the signed headers as received, the
 * signed-header list, UNSIGNED-PAYLOAD), not from the lab.
 */
function expectedCanonicalRequest(url: string, sent: Record<string, string>): string {
  const u = new URL(url);
  const pairs = u.search.slice(1).split("&").filter((p) => !p.startsWith("X-Amz-Signature="));
  pairs.sort((a, b) => (a.split("=")[0]! < b.split("=")[0]! ? -1 : 1));
  const signed = decodeURIComponent(u.searchParams.get("X-Amz-SignedHeaders")!).split(";");
  const headers = signed.map((h) => `${h}:${h === "host" ? u.host : sent[h]}\n`).join("");
  return ["PUT", u.pathname, pairs.join("&"), headers, signed.join(";"), "UNSIGNED-PAYLOAD"].join("\n");
}

const unescape = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
const element = (body: string, name: string) => unescape(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1] ?? "");

describe("presigned PutObject URLs from @aws-sdk/s3-request-presigner, sent with Node's fetch", () => {
  it("stores the body when the PUT sends the Content-Type that was signed", async () => {
    const url = await presignPut("presigned/ok.txt", "text/plain");
    assert.match(url, /X-Amz-SignedHeaders=content-type%3Bhost&/);
    const res = await fetch(url, { method: "PUT", body: BODY, headers: { "Content-Type": "text/plain" } });
    assert.equal(res.status, 200, await res.clone().text());
    const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "presigned/ok.txt" }));
    assert.deepEqual([await got.Body!.transformToByteArray(), got.ContentType], [BODY, "text/plain"]);
  });

  it("takes the PUT of a default-checksum URL too: S3 ignores the empty body's CRC32 that JS v3 bakes into it", async () => {
    const plain = s3Client(m.endpoint);
    try {
      const url = await getSignedUrl(plain, new PutObjectCommand({ Bucket: "sigfix-example", Key: "presigned/default.txt" }), { expiresIn: 300 });
      // CRC32 of zero bytes is 0, base64 AAAAAA== (issue 12; aws/aws-sdk-js-v3 3.729 and later). AWS signs it and does
      // not check it (uncertain: https://github.com/localstack/localstack/issues/12169, a maintainer's statement).
      assert.match(url, /x-amz-checksum-crc32=AAAAAA%3D%3D/);
      const res = await fetch(url, { method: "PUT", body: BODY });
      assert.equal(res.status, 200, await res.clone().text());
      const got = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "presigned/default.txt" }));
      assert.deepEqual(await got.Body!.transformToByteArray(), BODY);
    } finally {
      plain.destroy();
    }
  });

  it("answers SignatureDoesNotMatch with the canonical request of what arrived when another Content-Type is sent", async () => {
    const url = await presignPut("presigned/bad.txt", "text/plain");
    // What a FormData or an axios default would send instead of the signed type.
    const sent = { "content-type": "text/plain;charset=UTF-8" };
    const res = await fetch(url, { method: "PUT", body: BODY, headers: { "Content-Type": sent["content-type"] } });
    const body = await res.text();
    const e = entry("s3.SignatureDoesNotMatch");
    assert.deepEqual([res.status, element(body, "Code"), element(body, "Message")], [e.httpStatus, e.code, e.messageTemplate]);
    assert.equal(element(body, "CanonicalRequest"), expectedCanonicalRequest(url, sent));
    assert.equal(element(body, "AWSAccessKeyId"), "AKIDEXAMPLE");
    assert.equal(element(body, "SignatureProvided"), new URL(url).searchParams.get("X-Amz-Signature"));
    const missing = await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "presigned/bad.txt" })).catch((err) => err);
    assert.equal(missing.name, "NoSuchKey", "a refused PUT stores nothing");
  });
});
