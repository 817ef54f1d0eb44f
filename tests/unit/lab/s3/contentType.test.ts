// Presigned PUTs made by the real presigners (JS v3 getSignedUrl, botocore generate_presigned_url) with a
// ContentType, then sent as each HTTP client sends a file (src/lab/s3/clientContentType.ts): only the signed type
// verifies, and S3's answer shows the type it received in CanonicalRequest.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { answerRequest, createDefaultScenario, createDefaultWorld, getFault, runScenario, EXAMPLE_SERVER_NOW } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";
import { getClientUpload, type UploadClient } from "../../../../src/lab/index.ts";

const NOW = new Date("2026-01-15T12:00:00Z");
const FILE = { name: "notes.txt", type: "text/plain", text: "hello from sigfix\n" };
const ENDPOINT = { service: "s3", region: "us-east-1", mode: "aws" } as const;

function send(host: string, target: string, contentType: string | null, body: string): LabRequest {
  const headers = [{ name: "Host", value: host }, ...(contentType === null ? [] : [{ name: "Content-Type", value: contentType }])];
  return { method: "PUT", target, httpVersion: "HTTP/1.1", headers, body: new TextEncoder().encode(body) };
}

const answer = (req: LabRequest) => answerRequest(req, ENDPOINT, createDefaultWorld(NOW), "seed");

/** <CanonicalRequest> of an S3 error body, XML entities decoded. */
function canonicalRequestOf(body: string): string {
  const m = /<CanonicalRequest>([^<]*)<\/CanonicalRequest>/.exec(body);
  return (m?.[1] ?? "").replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

/** `signContentType`: getSignedUrl's `signableHeaders: new Set(["content-type"])`, without which it signs host only. */
async function jsV3Url(contentType?: string, signContentType = false): Promise<URL> {
  const client = new S3Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    // The default CRC32 of an empty body in presigned PutObject URLs is s3chunk's subject; left out here.
    requestChecksumCalculation: "WHEN_REQUIRED",
  });
  const command = new PutObjectCommand({ Bucket: "sigfix-example", Key: FILE.name, ...(contentType ? { ContentType: contentType } : {}) });
  const signableHeaders = signContentType ? { signableHeaders: new Set(["content-type"]) } : {};
  return new URL(await getSignedUrl(client, command, { expiresIn: 900, signingDate: NOW, ...signableHeaders }));
}

const SCRIPT = fileURLToPath(new URL("./signS3WithBotocore.py", import.meta.url));
const run = spawnSync("python3", [SCRIPT], { input: "[]", encoding: "utf8" });
const botocoreMissing = run.status === 0 ? null : `python3 with boto3 is not available (${(run.stderr || String(run.error)).trim().split("\n").at(-1)})`;
const botocore: { presignedPut: { host: string; target: string } } | null = botocoreMissing ? null : JSON.parse(run.stdout);

/** What each client sends for FILE, and whether S3 accepts it against a URL signed with `text/plain`. */
const CLIENTS: Array<[UploadClient, string | null, boolean]> = [
  ["fetch-blob", "text/plain", true],
  ["curl-upload-file", null, false],
  ["fetch-form-data", "multipart/form-data; boundary=----WebKitFormBoundarysigfixEXAMPLE016", false],
  ["fetch-string", "text/plain;charset=UTF-8", false],
  ["axios-buffer", "application/x-www-form-urlencoded", false],
  ["axios-object", "application/json", false],
  ["okhttp-string", "text/plain; charset=utf-8", false],
];

for (const [signer, getUrl] of [
  ["JS v3 getSignedUrl (signableHeaders content-type)", async () => { const u = await jsV3Url(FILE.type, true); return { host: u.host, target: u.pathname + u.search }; }],
  ["botocore generate_presigned_url", async () => botocore!.presignedPut],
] as const) {
  describe(`a PutObject presigned by ${signer} with ContentType text/plain`, { skip: signer.startsWith("botocore") ? botocoreMissing ?? false : false }, () => {
    it("signs content-type;host", async () => {
      const { target } = await getUrl();
      assert.match(target, /[?&]X-Amz-SignedHeaders=content-type%3Bhost(&|$)/);
    });

    for (const [client, contentType, accepted] of CLIENTS) {
      it(`${client} sends ${contentType === null ? "no Content-Type" : contentType}: ${accepted ? "accepted" : "SignatureDoesNotMatch"}`, async () => {
        const upload = getClientUpload(client, FILE);
        assert.equal(upload.contentType, contentType);
        const { host, target } = await getUrl();
        const { verdict, response } = answer(send(host, target, upload.contentType, upload.body));
        if (accepted) return assert.equal(verdict.outcome, "ok", verdict.message);
        assert.deepEqual([verdict.outcome, response.status], ["SignatureDoesNotMatch", 403]);
        assert.match(canonicalRequestOf(response.body), new RegExp(`\ncontent-type:${(contentType ?? "").replace(/[.+?;*]/g, "\\$&")}\nhost:`));
      });
    }

    it("accepts the signed type given explicitly to each client (the fix), except OkHttp's appended charset", async () => {
      const { host, target } = await getUrl();
      for (const [client] of CLIENTS) {
        const upload = getClientUpload(client, FILE, "text/plain");
        const ok = answer(send(host, target, upload.contentType, upload.body)).verdict.outcome === "ok";
        assert.equal(ok, client !== "okhttp-string", client);
      }
    });
  });
}

describe("a PutObject presigned by JS v3 getSignedUrl without signableHeaders", () => {
  for (const contentType of [undefined, FILE.type]) {
    it(`signs host only${contentType ? " even with ContentType" : ""}, so any Content-Type is accepted`, async () => {
      const url = await jsV3Url(contentType);
      assert.match(url.search, /[?&]X-Amz-SignedHeaders=host(&|$)/);
      for (const [client] of CLIENTS) {
        const upload = getClientUpload(client, FILE);
        assert.equal(answer(send(url.host, url.pathname + url.search, upload.contentType, upload.body)).verdict.outcome, "ok", client);
      }
    });
  }
});

describe("Content-Type faults", () => {
  const cases: Array<[string, string]> = [
    ["content-type-changed-form-data", "multipart/form-data; boundary=----WebKitFormBoundarysigfixEXAMPLE016"],
    ["axios-default-content-type", "application/x-www-form-urlencoded"],
    ["content-type-charset-appended", "text/plain; charset=utf-8"],
    ["content-type-signed-not-sent", ""],
  ];
  for (const [id, sent] of cases) {
    it(`${id}: the diff shows content-type:text/plain signed and content-type:${sent} received`, async () => {
      const r = await runScenario(getFault(id)!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW)));
      assert.ok(!("error" in r));
      assert.equal(r.verdict.outcome, "SignatureDoesNotMatch");
      const changed = r.diff!.lines.filter((l) => l.status !== "same");
      assert.deepEqual(changed.map((l) => [l.part, l.ours, l.theirs]), [["header", "content-type:text/plain", `content-type:${sent}`]]);
      assert.match(canonicalRequestOf(r.response.body), new RegExp(`\ncontent-type:${sent.replace(/[.+?;*]/g, "\\$&")}\n`));
    });
  }

  it("content-type-changed-form-data sends the file wrapped in a form part", async () => {
    const r = await runScenario(getFault("content-type-changed-form-data")!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW)));
    assert.ok(!("error" in r));
    const body = new TextDecoder().decode(r.signed.body);
    assert.equal(body, '------WebKitFormBoundarysigfixEXAMPLE016\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nhello from sigfix\n\r\n------WebKitFormBoundarysigfixEXAMPLE016--\r\n');
  });
});
