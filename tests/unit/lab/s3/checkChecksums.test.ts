import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { answerRequest, createDefaultWorld, type Answer, type LabRequest } from "../../../../src/lab/index.ts";

const NOW = new Date("2026-01-15T12:00:00Z");
const S3 = { service: "s3", region: "us-east-1", mode: "aws" } as const;
const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const signer = new SignatureV4({ service: "s3", region: "us-east-1", sha256: Sha256, uriEscapePath: false, applyChecksum: true, credentials: CREDENTIALS });
const HOST = "sigfix-example.s3.us-east-1.amazonaws.com";
const element = (a: Answer, name: string) => a.response.body.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
const b64 = (alg: string, s: string) => createHash(alg).update(s).digest("base64");

/** A PutObject of `body`, signed with `headers` (all signed), then `after` added unsigned. */
async function put(body: string, headers: Record<string, string>, after: Record<string, string> = {}): Promise<Answer> {
  const bytes = new TextEncoder().encode(body);
  const signed = await signer.sign({ method: "PUT", protocol: "https:", hostname: HOST, path: "/k.txt", query: {}, headers: { host: HOST, ...headers }, body: bytes }, { signingDate: NOW });
  const req: LabRequest = { method: "PUT", target: "/k.txt", httpVersion: "HTTP/1.1", body: bytes,
    headers: [...Object.entries(signed.headers), ...Object.entries(after)].map(([name, value]) => ({ name, value: String(value) })) };
  return answerRequest(req, S3, createDefaultWorld(NOW), "seed");
}

describe("checkChecksums (through answerRequest)", () => {
  it("accepts the checksums AWS returned for `test data..` and stores the one sent (localstack, recorded against AWS)", async () => {
    const a = await put("test data..", { "x-amz-checksum-sha256": "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=" });
    assert.equal(a.verdict.outcome, "ok", a.verdict.explanation.summary);
    assert.deepEqual(a.object?.headers.filter(([n]) => n.startsWith("x-amz-checksum-")), [["x-amz-checksum-sha256", "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik="]]);
    const c = await put("test data..", { "x-amz-checksum-crc64nvme": "qUVrWYOrIAM=" });
    assert.equal(c.verdict.outcome, "ok");
  });

  it("stores S3's default CRC64NVME when no checksum is sent (localstack: head-obj-no-checksum)", async () => {
    const a = await put("test data..", {});
    assert.deepEqual(a.object?.headers.filter(([n]) => n.startsWith("x-amz-checksum-")), [["x-amz-checksum-crc64nvme", "qUVrWYOrIAM="]]);
  });

  it("answers a header checksum of other bytes with BadDigest, per algorithm", async () => {
    const a = await put("test data..", { "x-amz-checksum-crc32": "AAAAAA==" });
    assert.equal(a.verdict.outcome, "BadDigest");
    assert.equal(a.response.status, 400);
    assert.equal(a.verdict.message, "The CRC32 you specified did not match the calculated checksum.");
    const s = await put("test data..", { "x-amz-checksum-sha1": b64("sha1", "bad data") });
    assert.equal(s.verdict.message, "The SHA1 you specified did not match the calculated checksum.");
  });

  it("answers a value that is not base64 of the digest with InvalidRequest", async () => {
    const a = await put("test data..", { "x-amz-checksum-crc32": "s7fkq2oz" });
    assert.equal(a.verdict.outcome, "InvalidRequest");
    assert.equal(a.verdict.message, "Value for x-amz-checksum-crc32 header is invalid.");
  });

  it("answers two checksums with InvalidRequest, before judging either", async () => {
    const a = await put("test data..", { "x-amz-checksum-sha256": "x", "x-amz-checksum-crc32": "y" });
    assert.equal(a.verdict.message, "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
  });

  it("answers x-amz-sdk-checksum-algorithm without its checksum, or with another one", async () => {
    const a = await put("test data..", { "x-amz-sdk-checksum-algorithm": "CRC32" });
    assert.equal(a.verdict.message, "x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.");
    const b = await put("test data..", { "x-amz-sdk-checksum-algorithm": "CRC32C", "x-amz-checksum-crc32": "cZWHwQ==" });
    assert.equal(b.verdict.message, "Value for x-amz-sdk-checksum-algorithm header is invalid.");
  });

  it("answers a bad Content-MD5 with InvalidDigest, and another body's with BadDigest and AWS's two digests", async () => {
    const a = await put("something", { "content-md5": "MTIz" });
    assert.equal(a.verdict.outcome, "InvalidDigest");
    assert.equal(a.verdict.message, "The Content-MD5 you specified was invalid.");
    assert.equal(element(a, "Content-MD5"), "MTIz");
    // localstack test_s3_invalid_content_md5, md5-error-bad-digest (recorded against AWS): body "something",
    // Content-MD5 of "something1".
    const b = await put("something", { "content-md5": b64("md5", "something1") });
    assert.equal(b.verdict.outcome, "BadDigest");
    assert.equal(b.verdict.message, "The Content-MD5 you specified did not match what we received.");
    assert.equal(element(b, "CalculatedDigest"), "Q3uTDbhLgHnC3YBKcZNrXw==");
    assert.equal(element(b, "ExpectedDigest"), "09891eb590524e35fc73372cddc5d596");
  });

  it("answers an unsigned x-amz-checksum-* header with HeadersNotSigned (aws/aws-sdk-js-v3#3906)", async () => {
    const a = await put("hello", {}, { "x-amz-checksum-crc32": "NhCmhg==" });
    assert.equal(a.verdict.outcome, "AccessDenied");
    assert.equal(element(a, "HeadersNotSigned"), "x-amz-checksum-crc32");
  });

  it("answers x-amz-trailer on a body that is not aws-chunked with MalformedTrailerError", async () => {
    const a = await put("hello", { "x-amz-trailer": "x-amz-checksum-crc32" });
    assert.equal(a.verdict.outcome, "MalformedTrailerError");
  });
});

describe("a JS SDK v3 presigned PutObject URL", () => {
  it("carries the CRC32 of an empty body, which AWS ignores: a PUT of real bytes succeeds and the verdict says why", async () => {
    const client = new S3Client({ region: "us-east-1", credentials: CREDENTIALS });
    const url = new URL(await getSignedUrl(client, new PutObjectCommand({ Bucket: "sigfix-example", Key: "upload.txt" }), { expiresIn: 600 }));
    const query = new URLSearchParams(url.search);
    assert.equal(query.get("x-amz-checksum-crc32"), "AAAAAA==", "the SDK in node_modules still bakes the empty body's CRC32");
    const body = new TextEncoder().encode("not empty");
    const req: LabRequest = { method: "PUT", target: url.pathname + url.search, httpVersion: "HTTP/1.1", body, headers: [{ name: "Host", value: url.host }, { name: "Content-Length", value: String(body.length) }] };
    const a = answerRequest(req, S3, createDefaultWorld(new Date()), "seed");
    assert.equal(a.verdict.outcome, "ok", a.response.body);
    assert.match(a.verdict.explanation.summary, /x-amz-checksum-crc32=AAAAAA==.*does not check it/);
    assert.deepEqual(a.object?.headers.filter(([n]) => n.startsWith("x-amz-checksum-")).map(([n]) => n), ["x-amz-checksum-crc64nvme"]);
  });
});
