// Non-ASCII user metadata: the real JS v3 S3Client signs it as UTF-8, and S3 (modelled from knox#223's raw
// StringToSign, sigv4/readUtf8AsLatin1.ts) reads each byte as a character, so the signature cannot match.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { answerRequest, createDefaultScenario, createDefaultWorld, getFault, runScenario, EXAMPLE_SERVER_NOW } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";

const ENDPOINT = { service: "s3", region: "us-east-1", mode: "aws" } as const;

async function putWithJsV3(metadata: Record<string, string>): Promise<{ req: LabRequest; amzDate: string }> {
  let captured: { method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body: unknown } | undefined;
  const client = new S3Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    requestChecksumCalculation: "WHEN_REQUIRED",
    requestHandler: {
      handle: async (request: typeof captured) => {
        captured = request;
        return { response: { statusCode: 200, headers: {}, body: new Uint8Array() } };
      },
    } as never,
  });
  await client.send(new PutObjectCommand({ Bucket: "sigfix-example", Key: "notes.txt", Body: "hello", ContentType: "text/plain", Metadata: metadata }));
  const c = captured!;
  const req: LabRequest = {
    method: c.method,
    target: c.path + "?" + Object.entries(c.query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"),
    httpVersion: "HTTP/1.1",
    headers: Object.entries(c.headers).map(([name, value]) => ({ name, value })),
    body: new TextEncoder().encode("hello"),
  };
  return { req, amzDate: c.headers["x-amz-date"]! };
}

function verifyAt(req: LabRequest, amzDate: string) {
  const iso = `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`;
  return answerRequest(req, ENDPOINT, createDefaultWorld(new Date(iso)), "seed");
}

describe("non-ASCII x-amz-meta-* (readUtf8AsLatin1)", () => {
  it("accepts ASCII metadata signed by JS v3", async () => {
    const { req, amzDate } = await putWithJsV3({ filename: "cafe.txt" });
    assert.equal(verifyAt(req, amzDate).verdict.outcome, "ok");
  });

  for (const [value, seen] of [["café.txt", "cafÃ©.txt"], ["\u{1F600}.png", "ð\u009f\u0098\u0080.png"]]) {
    it(`answers JS v3's ${value} with SignatureDoesNotMatch, S3's canonical request holding ${JSON.stringify(seen)}`, async () => {
      const { req, amzDate } = await putWithJsV3({ filename: value });
      assert.equal(req.headers.find((h) => h.name === "x-amz-meta-filename")?.value, value);
      const { verdict } = verifyAt(req, amzDate);
      assert.equal(verdict.outcome, "SignatureDoesNotMatch");
      assert.match(verdict.server.canonicalRequest ?? "", new RegExp(`\nx-amz-meta-filename:${seen.replace(/[.]/g, "\\.")}\n`));
    });
  }

  it("the non-ascii-metadata fault shows the header line that differs", async () => {
    const r = await runScenario(getFault("non-ascii-metadata")!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW)));
    assert.ok(!("error" in r));
    assert.equal(r.verdict.outcome, "SignatureDoesNotMatch");
    const changed = r.diff!.lines.filter((l) => l.status !== "same").map((l) => [l.ours, l.theirs]);
    assert.deepEqual(changed, [["x-amz-meta-filename:café.txt", "x-amz-meta-filename:cafÃ©.txt"]]);
  });
});

const py = spawnSync("python3", ["-c", `
import boto3
c = boto3.client("s3", region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x")
try:
    c.put_object(Bucket="sigfix-example", Key="notes.txt", Body=b"x", Metadata={"filename": "caf\\u00e9.txt"})
except Exception as e:
    print(type(e).__name__ + ": " + str(e), end="")
`], { encoding: "utf8" });

describe("botocore and non-ASCII metadata", { skip: py.status === 0 ? false : "python3 with boto3 is not available" }, () => {
  it("refuses it before sending anything (the guide quotes this text)", () => {
    assert.equal(py.stdout, 'ParamValidationError: Parameter validation failed:\nNon ascii characters found in S3 metadata for key "filename", value: "café.txt".  \nS3 metadata can only contain ASCII characters. ');
  });
});
