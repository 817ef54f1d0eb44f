// The presigned URL the workbench signs must be the one the real JS v3 presigner makes for the same inputs.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { DEFAULT_PUT, presignPut } from "../../../src/uploadWorkbench/index.ts";
import type { PutChoices } from "../../../src/uploadWorkbench/index.ts";

const SIGNED_AT = new Date("2026-01-15T12:00:00Z");
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

/** The real presigner's URL as a sorted map of its query (order is not part of the signature). */
async function realUrl(c: PutChoices, checksums: "WHEN_SUPPORTED" | "WHEN_REQUIRED"): Promise<{ path: string; host: string; query: Map<string, string> }> {
  const client = new S3Client({ region: c.region, credentials, requestChecksumCalculation: checksums });
  const command = new PutObjectCommand({
    Bucket: c.bucket,
    Key: c.key,
    ...(c.signedContentType ? { ContentType: c.signedContentType } : {}),
    ...(c.metaName ? { Metadata: { [c.metaName]: c.metaValue } } : {}),
  });
  const url = new URL(await getSignedUrl(client, command, { expiresIn: c.expiresIn, signingDate: SIGNED_AT, ...(c.signContentType ? { signableHeaders: new Set(["content-type"]) } : {}) }));
  return { path: url.pathname, host: url.host, query: new Map([...url.searchParams].sort()) };
}

async function ours(c: PutChoices): Promise<{ path: string; host: string; query: Map<string, string> }> {
  const signed = await presignPut(c);
  const url = new URL(`https://${signed.headers.find((h) => h.name.toLowerCase() === "host")!.value}${signed.target}`);
  return { path: url.pathname, host: url.host, query: new Map([...url.searchParams].sort()) };
}

describe("presignPut", () => {
  it("signs Content-Type as @aws-sdk/s3-request-presigner does with signableHeaders content-type", async () => {
    const c = { ...DEFAULT_PUT };
    const real = await realUrl(c, "WHEN_REQUIRED");
    assert.equal(real.query.get("X-Amz-SignedHeaders"), "content-type;host");
    assert.deepEqual(await ours(c), real);
  });

  it("bakes in the empty body's CRC32 as JS v3's default checksum setting does, Content-Type unsigned", async () => {
    const c: PutChoices = { ...DEFAULT_PUT, checksum: "js-v3-empty-crc32", signContentType: false };
    const real = await realUrl(c, "WHEN_SUPPORTED");
    assert.equal(real.query.get("x-amz-checksum-crc32"), "AAAAAA==");
    assert.equal(real.query.get("x-amz-sdk-checksum-algorithm"), "CRC32");
    assert.equal(real.query.get("X-Amz-SignedHeaders"), "host");
    assert.deepEqual(await ours(c), real);
  });

  it("hoists x-amz-meta-* into the URL and encodes the key as the SDK does", async () => {
    const c: PutChoices = { ...DEFAULT_PUT, key: "uploads/my photo (1)+ü.png", metaName: "owner", metaValue: "ana", region: "eu-west-1", expiresIn: 3600 };
    const real = await realUrl(c, "WHEN_REQUIRED");
    assert.equal(real.query.get("x-amz-meta-owner"), "ana");
    assert.deepEqual(await ours(c), real);
  });
});
