import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createHash } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "@aws-crypto/sha256-js";
import { answerRequest, createDefaultWorld, getS3Address } from "../../../../src/lab/index.ts";

const NOW = new Date("2026-01-15T12:00:00Z");
const signer = new SignatureV4({ service: "s3", region: "us-east-1", sha256: Sha256, uriEscapePath: false, applyChecksum: true,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } });

async function put(host: string, path: string, query: Record<string, string>, body: string) {
  const bytes = new TextEncoder().encode(body);
  const signed = await signer.sign({ method: "PUT", protocol: "https:", hostname: host, path, query, headers: { host, "content-type": "text/plain", "x-amz-meta-note": "hi" }, body: bytes }, { signingDate: NOW });
  const q = new URLSearchParams(query).toString();
  const req = { method: "PUT", target: q ? `${path}?${q}` : path, httpVersion: "HTTP/1.1", headers: Object.entries(signed.headers).map(([name, value]) => ({ name, value: String(value) })), body: bytes };
  return answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(NOW), "seed");
}

describe("a verified S3 write carries the object it stores", () => {
  it("PutObject, virtual-hosted: bucket from the Host, key decoded once, bytes and stored headers", async () => {
    const a = await put("sigfix-example.s3.us-east-1.amazonaws.com", "/photos/a%20b%2Bc.txt", {}, "hello");
    assert.equal(a.verdict.outcome, "ok");
    assert.equal(a.object?.operation, "PutObject");
    assert.equal(a.object?.bucket, "sigfix-example");
    assert.equal(a.object?.key, "photos/a b+c.txt");
    assert.equal(new TextDecoder().decode(a.object?.bytes), "hello");
    assert.deepEqual(a.object?.headers.filter(([n]) => n === "content-type" || n === "x-amz-meta-note"), [["content-type", "text/plain"], ["x-amz-meta-note", "hi"]]);
  });
  it("S3 answers the accepted PutObject with 200, the MD5 ETag, default encryption and no body (not a listing)", async () => {
    const a = await put("sigfix-example.s3.us-east-1.amazonaws.com", "/k.txt", {}, "hello");
    const header = (name: string) => a.response.headers.find(([n]) => n.toLowerCase() === name)?.[1];
    assert.equal(a.response.status, 200);
    assert.equal(header("etag"), `"${createHash("md5").update("hello").digest("hex")}"`);
    assert.equal(header("x-amz-server-side-encryption"), "AES256");
    assert.equal(header("content-length"), "0");
    assert.equal(a.response.body, "");
  });
  it("UploadPart, path-style", async () => {
    const a = await put("s3.us-east-1.amazonaws.com", "/sigfix-example/big.bin", { partNumber: "2", uploadId: "u1" }, "part");
    assert.equal(a.verdict.outcome, "ok");
    assert.equal(a.object?.operation, "UploadPart");
    assert.equal(a.object?.bucket, "sigfix-example");
    assert.equal(a.object?.key, "big.bin");
  });
  it("a refused write carries nothing", async () => {
    const a = await put("sigfix-example.s3.us-east-1.amazonaws.com", "/k", {}, "x");
    const tampered = answerRequest({ method: "PUT", target: "/k", httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: "sigfix-example.s3.us-east-1.amazonaws.com" }], body: new Uint8Array() }, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(NOW), "s");
    assert.equal(a.verdict.outcome, "ok");
    assert.equal(tampered.object, undefined);
  });
  it("getS3Address never normalises the path", () => {
    assert.deepEqual(getS3Address("s3.amazonaws.com", "/b//x/../y"), { bucket: "b", key: "/x/../y", style: "path" });
    assert.deepEqual(getS3Address("b.localhost", "//lead"), { bucket: "b", key: "/lead", style: "virtual-hosted" });
  });
});
