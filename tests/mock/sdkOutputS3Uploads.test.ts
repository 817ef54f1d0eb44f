import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { Exchange } from "../../src/mock/handleExchange.ts";
import { getSdkOutputs, toSdkFailure } from "../../src/sdkOutput/index.ts";
import type { SdkId, SdkOutput } from "../../src/sdkOutput/index.ts";
import { awsCliEnv } from "../support/awsCliEnv.ts";
import { AKID } from "./support/identities.ts";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

// The new S3 upload and region failures, produced by the real clients (JS v3 in-process, botocore 1.43.11 in Python,
// AWS CLI 1.45.11) against the mock endpoint; what each prints is the expected value, and src/sdkOutput must give the
// same from the answer the lab sent.

const BUCKET = "sigfix-example"; // us-east-1, the mock's region
const EU_BUCKET = "sigfix-example-eu"; // eu-west-1: a request to the us-east-1 endpoint is redirected

function hasBotocore(): boolean {
  try {
    execFileSync("python3", ["-c", "import botocore"], { stdio: "ignore", timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
function findAwsCli(): string | null {
  if (process.env.SIGFIX_AWS_CLI) return process.env.SIGFIX_AWS_CLI;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, "aws"))) return path.join(dir, "aws");
  return null;
}
const skipPython = hasBotocore() ? false : "python3 with botocore is not installed (pip install botocore)";
const cli = findAwsCli();
const skipCli = cli ? false : "the AWS CLI is not installed";

/**
 * A proxy to the mock that flips the last byte of every PUT body, leaving the signed headers (and the length) as the
 * client sent them: the payload S3 hashes is no longer the one the client signed.
 */
function startTamperProxy(target: string): Promise<{ endpoint: string; server: Server }> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (req.method === "PUT" && body.length > 0) body[body.length - 1] = body[body.length - 1]! ^ 0x01;
      const up = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on("error", () => res.destroy());
      up.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

let mock: RunningS3Mock;
let proxy: Awaited<ReturnType<typeof startTamperProxy>>;
let dir: string;
before(async () => {
  mock = await startS3Mock();
  proxy = await startTamperProxy(mock.endpoint);
  dir = mkdtempSync(path.join(tmpdir(), "sigfix-sdkout-"));
  writeFileSync(path.join(dir, "hello.txt"), "hello, upload\n");
});
after(async () => {
  await mock.close();
  await new Promise((r) => proxy.server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

/** The engine's outputs for the answer the mock gave in this exchange. */
function fromExchange(e: Exchange, operation?: string): Record<SdkId, SdkOutput> {
  const f = toSdkFailure({ verdict: e.verdict, response: e.response, operation: operation ?? e.route.operation }, { service: "s3", method: e.request.method });
  return Object.fromEntries(getSdkOutputs(f).map((o) => [o.id, o])) as Record<SdkId, SdkOutput>;
}

/** The exchanges with the mock that `calls` caused. */
async function onMock<T>(calls: () => Promise<T>): Promise<{ result: T; seen: Exchange[] }> {
  const first = mock.exchanges.length;
  const result = await calls();
  return { result, seen: mock.exchanges.slice(first) };
}

type JsError = Error & { $fault: string; $metadata: { httpStatusCode?: number; attempts?: number } };
async function jsFails(endpoint: string, command: unknown): Promise<JsError> {
  const client = s3Client(endpoint, { maxAttempts: 3 });
  try {
    await client.send(command as never);
  } catch (e) {
    return e as JsError;
  } finally {
    client.destroy();
  }
  throw new Error("the call succeeded");
}
function assertJs(out: Record<SdkId, SdkOutput>, err: JsError): void {
  const js = out["js-v3"];
  assert.equal(js.text, String(err));
  assert.equal(js.exceptionClass, err.constructor.name);
  const field = (k: string) => js.fields.find(([name]) => name === k)?.[1];
  assert.equal(field("name"), err.name);
  assert.equal(field("message"), err.message);
  assert.equal(field("$fault"), err.$fault);
  assert.equal(field("$metadata.httpStatusCode"), String(err.$metadata.httpStatusCode));
  // maxAttempts 3: a failure the engine says JS v3 retries would have taken more than one attempt.
  assert.equal(js.behaviour.retries, (err.$metadata.attempts ?? 1) > 1);
}

const crc32Wrong = "AAAAAA=="; // the CRC32 of an empty body, not of the one sent
const md5Wrong = "1B2M2Y8AsgTpgAmY7PhCfg=="; // the MD5 of an empty body

describe("getSdkOutputs for S3 upload and redirect failures, against real JS v3 (@aws-sdk/client-s3)", () => {
  it("gives the wrong-region 301 of a GetObject: PermanentRedirect with S3's message, not followed", async () => {
    const { result: err, seen } = await onMock(() => jsFails(mock.endpoint, new GetObjectCommand({ Bucket: EU_BUCKET, Key: "a.txt" })));
    assert.equal(seen.length, 1);
    assertJs(fromExchange(seen[0]!), err);
  });
  it("gives the body-less 301 of a HeadObject: Unknown: UnknownError", async () => {
    const { result: err, seen } = await onMock(() => jsFails(mock.endpoint, new HeadObjectCommand({ Bucket: EU_BUCKET, Key: "a.txt" })));
    assert.equal(seen.length, 1);
    assert.equal(err.$metadata.httpStatusCode, 301);
    assertJs(fromExchange(seen[0]!), err);
  });
  it("gives the body-less 404 of a HeadObject: NotFound, the modelled class", async () => {
    const { result: err, seen } = await onMock(() => jsFails(mock.endpoint, new HeadObjectCommand({ Bucket: BUCKET, Key: "no-such-key.txt" })));
    assertJs(fromExchange(seen.at(-1)!), err);
  });
  it("gives BadDigest for a wrong ChecksumCRC32 and for a wrong Content-MD5, not retried", async () => {
    for (const input of [{ ChecksumCRC32: crc32Wrong }, { ContentMD5: md5Wrong }]) {
      const { result: err, seen } = await onMock(() => jsFails(mock.endpoint, new PutObjectCommand({ Bucket: BUCKET, Key: "digest.txt", Body: "hello, upload\n", ...input })));
      assert.equal(seen.length, 1);
      assertJs(fromExchange(seen[0]!), err);
    }
  });
  it("gives XAmzContentSHA256Mismatch for a body changed after signing", async () => {
    const { result: err, seen } = await onMock(() => jsFails(proxy.endpoint, new PutObjectCommand({ Bucket: BUCKET, Key: "tampered.txt", Body: "hello, upload\n" })));
    assert.equal(seen[0]!.verdict.outcome, "XAmzContentSHA256Mismatch");
    assertJs(fromExchange(seen[0]!), err);
  });
});

// botocore, one case per line on stdin; prints what each call raised. Legacy retry mode (botocore's default).
const BOTOCORE = String.raw`
import json, sys, urllib.request, urllib.error, uuid
import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.parsers import create_parser

def client(c):
    s = botocore.session.Session()
    s.set_config_variable("config_file", "/nonexistent/sigfix-config")
    s.set_config_variable("credentials_file", "/nonexistent/sigfix-credentials")
    # signature_version s3v4: without it, generate_presigned_post with an endpoint_url signs a SigV2 form.
    return s.create_client("s3", region_name="us-east-1", endpoint_url=c["endpoint"], aws_access_key_id=c["accessKeyId"],
                           aws_secret_access_key=c["secretAccessKey"], config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))

def post(c):
    # generate_presigned_post, then a form that breaks one of its conditions; botocore's own parser reads the answer.
    p = client(c).generate_presigned_post(c["bucket"], c["key"], Conditions=c["conditions"], ExpiresIn=600)
    boundary = uuid.uuid4().hex
    parts = [b"--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (boundary.encode(), k.encode(), v.encode()) for k, v in p["fields"].items()]
    parts.append(b"--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\nContent-Type: text/plain\r\n\r\nmore than four bytes\r\n--%s--\r\n" % (boundary.encode(), boundary.encode()))
    url = c["endpoint"] + "/" + c["bucket"]
    req = urllib.request.Request(url, data=b"".join(parts), method="POST", headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
    try:
        urllib.request.urlopen(req)
        return {"ok": True}
    except urllib.error.HTTPError as e:
        parsed = create_parser("rest-xml").parse({"status_code": e.code, "headers": dict(e.headers), "body": e.read()}, None)
        err = ClientError(parsed, "PostObject")
        return {"text": str(err), "code": parsed["Error"].get("Code"), "retryAttempts": 0}

def run(c):
    if c["op"] == "post":
        return post(c)
    s3 = client(c)
    try:
        if c["op"] == "get": s3.get_object(Bucket=c["bucket"], Key=c["key"])
        elif c["op"] == "head": s3.head_object(Bucket=c["bucket"], Key=c["key"])
        else: s3.put_object(Bucket=c["bucket"], Key=c["key"], Body=c["body"].encode(), **c.get("extra", {}))
        return {"ok": True}
    except ClientError as e:
        m = e.response.get("ResponseMetadata", {})
        return {"text": str(e), "class": type(e).__module__ + "." + type(e).__name__, "code": e.response.get("Error", {}).get("Code"), "retryAttempts": m.get("RetryAttempts")}

for case in json.load(sys.stdin):
    print(json.dumps(run(case)), flush=True)
`;
interface PyResult {
  ok?: true;
  text: string;
  /** Absent for the form POST, which no botocore call raises. */
  class?: string;
  code: string;
  retryAttempts: number;
}
function botocore(cases: object[]): Promise<PyResult[]> {
  return new Promise((resolve, reject) => {
    const child = execFile("python3", ["-c", BOTOCORE], { env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent", AWS_EC2_METADATA_DISABLED: "true" }, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`botocore script failed: ${stderr}`));
      resolve(stdout.trim().split("\n").map((l) => JSON.parse(l) as PyResult));
    });
    child.stdin!.end(JSON.stringify(cases.map((c) => ({ ...AKID, ...c }))));
  });
}
function assertBotocore(out: Record<SdkId, SdkOutput>, real: PyResult): void {
  assert.ok(!real.ok, "the call succeeded");
  assert.equal(out.botocore.text, real.text);
  if (real.class !== undefined) assert.equal(out.botocore.exceptionClass, real.class);
  assert.equal(out.botocore.fields[0]![1], real.code);
  assert.equal(out.botocore.behaviour.retries, real.retryAttempts > 0);
}

describe("getSdkOutputs for S3 upload and redirect failures, against real botocore", { skip: skipPython }, () => {
  it("gives the 301 of GetObject and HeadObject, as printed after botocore's one redirect retry", async () => {
    const { result, seen } = await onMock(() => botocore([{ op: "get", endpoint: mock.endpoint, bucket: EU_BUCKET, key: "a.txt" }, { op: "head", endpoint: mock.endpoint, bucket: EU_BUCKET, key: "a.txt" }]));
    // Each call is sent twice: the redirector re-signs for eu-west-1 and, endpoint_url being fixed, reaches the same endpoint.
    assert.equal(seen.length, 4);
    assertBotocore(fromExchange(seen[1]!), result[0]!);
    assertBotocore(fromExchange(seen[3]!), result[1]!);
  });
  it("gives BadDigest for a wrong ChecksumCRC32 and a wrong Content-MD5", async () => {
    const cases = [{ ChecksumCRC32: crc32Wrong }, { ContentMD5: md5Wrong }].map((extra) => ({ op: "put", endpoint: mock.endpoint, bucket: BUCKET, key: "digest.txt", body: "hello, upload\n", extra }));
    const { result, seen } = await onMock(() => botocore(cases));
    const last = seen.filter((e) => e.response.status === 400);
    assertBotocore(fromExchange(last.at(-1)!), result[1]!);
    assertBotocore(fromExchange(last[0]!), result[0]!);
  });
  it("gives XAmzContentSHA256Mismatch for a body changed after signing", async () => {
    const { result, seen } = await onMock(() => botocore([{ op: "put", endpoint: proxy.endpoint, bucket: BUCKET, key: "tampered.txt", body: "hello, upload\n" }]));
    assert.equal(seen.at(-1)!.verdict.outcome, "XAmzContentSHA256Mismatch");
    assertBotocore(fromExchange(seen.at(-1)!), result[0]!);
  });
  it("gives presigned POST failures (content-length-range, starts-with $key), read by botocore's parser", async () => {
    const cases = [
      { conditions: [["content-length-range", 1, 4]], outcome: "EntityTooLarge" },
      { conditions: [["starts-with", "$key", "uploads/"]], outcome: "AccessDenied" },
    ];
    const { result, seen } = await onMock(() => botocore(cases.map((c) => ({ op: "post", endpoint: mock.endpoint, bucket: BUCKET, key: "form.txt", conditions: c.conditions }))));
    assert.equal(seen.length, 2);
    cases.forEach((c, i) => {
      assert.equal(seen[i]!.verdict.outcome, c.outcome);
      assertBotocore(fromExchange(seen[i]!, "PostObject"), result[i]!);
    });
  });
});

function aws(args: string[], endpoint: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cli!, [...args, "--endpoint-url", endpoint], { env: awsCliEnv(AKID), timeout: 120_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}
function assertCli(out: Record<SdkId, SdkOutput>, real: { code: number; stderr: string }): void {
  assert.equal(out["aws-cli-v1"].text, real.stderr);
  assert.equal(out["aws-cli-v1"].exitCode, real.code);
}

describe("getSdkOutputs for S3 upload and redirect failures, against the real AWS CLI", { skip: skipCli }, () => {
  it("gives s3api get-object's 301 with the CLI's endpoint and region advice, and head-object's bare 301", async () => {
    const { result: get, seen } = await onMock(() => aws(["s3api", "get-object", "--bucket", EU_BUCKET, "--key", "a.txt", path.join(dir, "out")], mock.endpoint));
    assertCli(fromExchange(seen.at(-1)!), get);
    const { result: head, seen: seen2 } = await onMock(() => aws(["s3api", "head-object", "--bucket", EU_BUCKET, "--key", "a.txt"], mock.endpoint));
    assertCli(fromExchange(seen2.at(-1)!), head);
  });
  it("gives put-object's BadDigest for a wrong --content-md5 and XAmzContentSHA256Mismatch through the tampering proxy", async () => {
    const file = path.join(dir, "hello.txt");
    const { result: md5, seen } = await onMock(() => aws(["s3api", "put-object", "--bucket", BUCKET, "--key", "digest.txt", "--body", file, "--content-md5", md5Wrong], mock.endpoint));
    assertCli(fromExchange(seen.at(-1)!), md5);
    const { result: tampered, seen: seen2 } = await onMock(() => aws(["s3api", "put-object", "--bucket", BUCKET, "--key", "tampered.txt", "--body", file], proxy.endpoint));
    assert.equal(seen2.at(-1)!.verdict.outcome, "XAmzContentSHA256Mismatch");
    assertCli(fromExchange(seen2.at(-1)!), tampered);
  });
});
