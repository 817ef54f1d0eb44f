// The lab's S3 canonical path (sigv4/getCanonicalPath.ts: decode once, encode once, never normalise) against the two
// SDK signers people use: each key is signed by real botocore and by the real JS v3 S3Client, the signed request is
// captured before it leaves, and the lab must compute the same signature. The keys are the test data.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { answerRequest, createDefaultWorld, getFault, createDefaultScenario, runScenario, EXAMPLE_SERVER_NOW } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";

const KEYS = [
  "my report.pdf", "a+b.txt", "user@example.com/avatar.png", "photo (1).jpg", "what?.txt", "c#sharp.txt",
  "100%.txt", "100%25.txt", "a=b&c=d.txt", "caf\u00e9.txt", "cafe\u0301.txt", "emoji \u{1F600}.txt",
  "/leading.txt", "//double.txt", "a//b.txt", "a/../b.txt", "./dot.txt", "tilde~star*!'.txt", "dir/", "semi;colon,comma.txt",
];

const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const ENDPOINT = { service: "s3", region: "us-east-1", mode: "aws" } as const;

function toLab(method: string, target: string, headers: Array<[string, string]>): LabRequest {
  return { method, target, httpVersion: "HTTP/1.1", headers: headers.map(([name, value]) => ({ name, value })), body: new Uint8Array() };
}

function verifyAt(req: LabRequest, amzDate: string) {
  const iso = `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`;
  return answerRequest(req, ENDPOINT, createDefaultWorld(new Date(iso)), "seed").verdict;
}

const SCRIPT = fileURLToPath(new URL("./signS3WithBotocore.py", import.meta.url));
const run = spawnSync("python3", [SCRIPT], { input: JSON.stringify(KEYS), encoding: "utf8" });
const botocoreMissing = run.status === 0 ? null : `python3 with boto3 is not available (${(run.stderr || String(run.error)).trim().split("\n").at(-1)})`;
const botocore: { heads: Array<{ key: string; method: string; target: string; headers: Array<[string, string]> }> } = botocoreMissing ? { heads: [] } : JSON.parse(run.stdout);

describe("getCanonicalPath (S3) against botocore", { skip: botocoreMissing ?? false }, () => {
  for (const head of botocore.heads) {
    it(`verifies botocore's HeadObject for the key ${JSON.stringify(head.key)} (sent as ${head.target})`, () => {
      const date = head.headers.find(([n]) => n.toLowerCase() === "x-amz-date")![1];
      const verdict = verifyAt(toLab(head.method, head.target, head.headers), date);
      assert.equal(verdict.outcome, "ok", `${verdict.message}\n${verdict.server.canonicalRequest ?? ""}`);
    });
  }
});

/** The request the JS v3 S3Client would send, captured by a request handler that answers 200 itself. */
async function signWithJsV3(key: string): Promise<LabRequest & { amzDate: string }> {
  let captured: { method: string; path: string; query: Record<string, unknown>; headers: Record<string, string> } | undefined;
  const client = new S3Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET },
    requestHandler: {
      handle: async (request: { method: string; path: string; query: Record<string, unknown>; headers: Record<string, string> }) => {
        captured = request;
        return { response: { statusCode: 200, headers: {}, body: new Uint8Array() } };
      },
    } as never,
  });
  await client.send(new HeadObjectCommand({ Bucket: "sigfix-example", Key: key }));
  const c = captured!;
  const headers = Object.entries(c.headers) as Array<[string, string]>;
  const query = Object.entries(c.query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join("&");
  return { ...toLab(c.method, c.path + (query ? `?${query}` : ""), headers), amzDate: c.headers["x-amz-date"]! };
}

describe("getCanonicalPath (S3) against the JS v3 S3Client", () => {
  for (const key of KEYS) {
    it(`verifies JS v3's HeadObject for the key ${JSON.stringify(key)}`, async () => {
      const req = await signWithJsV3(key);
      const verdict = verifyAt(req, req.amzDate);
      assert.equal(verdict.outcome, "ok", `sent ${req.target}: ${verdict.message}\n${verdict.server.canonicalRequest ?? ""}`);
    });
  }

  it("sends the same path for a key as botocore does, byte for byte", { skip: botocoreMissing ?? false }, async () => {
    for (const head of botocore.heads) {
      assert.equal((await signWithJsV3(head.key)).target.split("?")[0], head.target, head.key);
    }
  });
});

describe("key faults", () => {
  const cases: Array<[string, string, string]> = [
    ["key-encoded-twice", "/my%2520report%2520%25281%2529.pdf", "/my%20report%20%281%29.pdf"],
    ["plus-for-space-in-key", "/my%2Breport.pdf", "/my%20report.pdf"],
    ["slashes-collapsed-after-signing", "/reports/q1.pdf", "//reports/q1.pdf"],
  ];
  for (const [id, serverPath, clientPath] of cases) {
    it(`${id}: S3's CanonicalRequest holds ${serverPath} where the client signed ${clientPath}`, async () => {
      const r = await runScenario(getFault(id)!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW)));
      assert.ok(!("error" in r));
      assert.equal(r.verdict.outcome, "SignatureDoesNotMatch");
      assert.equal(r.verdict.server.canonicalRequest!.split("\n")[1], serverPath);
      assert.equal(r.client!.canonicalRequest.split("\n")[1], clientPath);
      assert.match(r.response.body, new RegExp(`<CanonicalRequest>HEAD|<CanonicalRequest>GET\\n${serverPath.replace(/[.+?%]/g, "\\$&")}\\n`));
    });
  }
});
