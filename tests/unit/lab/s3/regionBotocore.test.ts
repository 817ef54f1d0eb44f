// Real boto3 S3 clients (tests/support/botocoreRegionRedirects.py) against the lab, through an HTTP proxy that
// answers every request with answerRequest for the region its Host names. botocore builds, signs and follows the
// redirects itself, so this shows both the lab's exact answers and what botocore does with them.
// Expected texts: the S3 bodies from raw AWS captures (resolveS3Redirect.ts), botocore's own ClientError format.
import { before, after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { answerRequest, createDefaultWorld, inferEndpoint } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";

interface Seen { host: string; target: string; method: string; scopeRegion: string; status: number; body: string; headers: Array<[string, string]> }

const SCRIPT = fileURLToPath(new URL("../../../support/botocoreRegionRedirects.py", import.meta.url));
const probe = spawnSync("python3", ["-c", "import boto3"], { encoding: "utf8" });
const unavailable = probe.status === 0 ? null : "python3 with boto3 is not available here";

const PERMANENT = "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.";
const seen: Seen[] = [];
let outcomes = new Map<string, string>();
let server: Server;

function scopeRegion(req: LabRequest): string {
  const auth = req.headers.find((h) => h.name.toLowerCase() === "authorization")?.value ?? "";
  const credential = /Credential=([^,\s]+)/.exec(auth)?.[1] ?? decodeURIComponent(/X-Amz-Credential=([^&]+)/.exec(req.target)?.[1] ?? "");
  return credential.split("/")[2] ?? "";
}

/** The requests the lab saw for one case's key, in order. */
const forCase = (name: string) => seen.filter((s) => s.target.includes(`/${name}`));

describe("boto3 S3 clients against the lab's region answers", { skip: unavailable ?? false }, () => {
  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = req.url ?? "/";
        const target = url.startsWith("http://") ? url.slice(url.indexOf("/", "http://".length)) : url;
        const headers = [];
        for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push({ name: req.rawHeaders[i]!, value: req.rawHeaders[i + 1]! });
        const lab: LabRequest = { method: req.method ?? "GET", target, httpVersion: "HTTP/1.1", headers, body: new Uint8Array(Buffer.concat(chunks)) };
        const endpoint = inferEndpoint(lab);
        const answer = answerRequest(lab, { service: endpoint.service, region: endpoint.region, mode: "aws" }, createDefaultWorld(new Date()), `${seen.length}`);
        seen.push({ host: req.headers.host ?? "", target, method: lab.method, scopeRegion: scopeRegion(lab), status: answer.response.status, body: answer.response.body, headers: answer.response.headers });
        const out = answer.response.headers.filter(([n, v]) => n !== "Content-Length" || v !== "");
        res.writeHead(answer.response.status, Object.fromEntries(out));
        res.end(lab.method === "HEAD" ? undefined : answer.response.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const child = spawn("python3", [SCRIPT, String(port)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    outcomes = new Map((JSON.parse(stdout) as Array<{ name: string; outcome: string }>).map((c) => [c.name, c.outcome]));
  });
  after(() => server?.close());

  it("GetObject signed for us-east-1 at us-east-1: the lab answers 301 PermanentRedirect, botocore re-signs for eu-west-1 and succeeds", () => {
    const [first, second] = forCase("get-regional");
    assert.equal(first!.host, "sigfix-example-eu.s3.us-east-1.amazonaws.com");
    assert.equal(first!.status, 301);
    assert.match(first!.body, new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<Error><Code>PermanentRedirect</Code><Message>${PERMANENT.replace(/\./g, "\\.")}</Message><Endpoint>sigfix-example-eu\\.s3-eu-west-1\\.amazonaws\\.com</Endpoint><Bucket>sigfix-example-eu</Bucket><RequestId>`));
    assert.deepEqual(first!.headers.find(([n]) => n === "x-amz-bucket-region"), ["x-amz-bucket-region", "eu-west-1"]);
    assert.equal(second!.host, "sigfix-example-eu.s3.eu-west-1.amazonaws.com");
    assert.equal(second!.scopeRegion, "eu-west-1");
    assert.equal(second!.status, 200);
    assert.equal(outcomes.get("get-regional"), "ok");
  });

  it("HeadObject: the 301 has no body but carries x-amz-bucket-region, which botocore follows", () => {
    const [first, second] = forCase("head-regional");
    assert.equal(first!.status, 301);
    assert.equal(first!.body, "");
    assert.deepEqual(first!.headers.find(([n]) => n === "x-amz-bucket-region"), ["x-amz-bucket-region", "eu-west-1"]);
    assert.equal(second!.status, 200);
    assert.equal(outcomes.get("head-regional"), "ok");
  });

  it("the global name routes to the bucket's region: signed for us-east-1 there, AuthorizationHeaderMalformed with <Region>", () => {
    const [first, second] = forCase("get-global");
    assert.equal(first!.host, "sigfix-example-eu.s3.amazonaws.com");
    assert.equal(first!.status, 400);
    assert.match(first!.body, /<Code>AuthorizationHeaderMalformed<\/Code><Message>The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'<\/Message><Region>eu-west-1<\/Region><RequestId>/);
    assert.equal(second!.scopeRegion, "eu-west-1");
    assert.equal(second!.status, 200);
    assert.equal(outcomes.get("get-global"), "ok");
  });

  it("HeadObject via the global name: a body-less 400, which botocore also follows", () => {
    const [first, second] = forCase("head-global");
    assert.equal(first!.status, 400);
    assert.equal(first!.body, "");
    assert.equal(second!.status, 200);
    assert.equal(outcomes.get("head-global"), "ok");
  });

  it("path-style at the global name (us-east-1): 301, then botocore retries path-style at eu-west-1", () => {
    const [first, second] = forCase("get-path-style");
    assert.equal(first!.host, "s3.amazonaws.com");
    assert.equal(first!.target.startsWith("/sigfix-example-eu/"), true);
    assert.equal(first!.status, 301);
    assert.equal(second!.host, "s3.eu-west-1.amazonaws.com");
    assert.equal(second!.status, 200);
  });

  it("a fixed endpoint_url: botocore re-signs for eu-west-1 but resends to the same host, gets a second 301 and gives up", () => {
    const requests = forCase("get-custom-endpoint");
    assert.deepEqual(requests.map((r) => [r.scopeRegion, r.status]), [["us-east-1", 301], ["eu-west-1", 301]]);
    assert.equal(outcomes.get("get-custom-endpoint"), `An error occurred (PermanentRedirect) when calling the GetObject operation: ${PERMANENT}`);
  });

  it("the same for HeadObject prints only the status and its reason phrase", () => {
    assert.equal(outcomes.get("head-custom-endpoint"), "An error occurred (301) when calling the HeadObject operation: Moved Permanently");
  });

  it("HeadObject signed for us-east-1 at the bucket's endpoint: 400 without a body, then botocore re-signs from x-amz-bucket-region", () => {
    const requests = forCase("head-bucket-endpoint-wrong-region");
    assert.deepEqual(requests.map((r) => [r.scopeRegion, r.status, r.body]), [["us-east-1", 400, ""], ["eu-west-1", 200, ""]]);
    assert.equal(outcomes.get("head-bucket-endpoint-wrong-region"), "ok");
  });

  it("HeadObject with a wrong secret prints 403 Forbidden and nothing else", () => {
    assert.equal(outcomes.get("head-wrong-secret"), "An error occurred (403) when calling the HeadObject operation: Forbidden");
  });

  it("generate_presigned_url without s3v4 signs SigV2 for the global name, which the lab answers as SigV4-only S3 does", () => {
    assert.match(outcomes.get("presign-sigv2-global") ?? "", /^400 <\?xml[^>]*>\n<Error><Code>InvalidRequest<\/Code><Message>The authorization mechanism you have provided is not supported\. Please use AWS4-HMAC-SHA256\.<\/Message>/);
  });

  it("a URL presigned (s3v4) for us-east-1 on the global name reaches eu-west-1: AuthorizationQueryParametersError with <Region>", () => {
    assert.match(outcomes.get("presign-global") ?? "",
      /^400 <\?xml[^>]*>\n<Error><Code>AuthorizationQueryParametersError<\/Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'<\/Message><Region>eu-west-1<\/Region><RequestId>/);
  });

  it("a URL presigned for us-east-1 on the regional name: the browser gets the 301 body (nobody follows it)", () => {
    assert.match(outcomes.get("presign-regional") ?? "", new RegExp(`^301 <\\?xml[^>]*>\\n<Error><Code>PermanentRedirect</Code><Message>${PERMANENT.replace(/\./g, "\\.")}</Message><Endpoint>`));
  });

  it("a URL presigned for us-east-1 but for the bucket's endpoint: AuthorizationQueryParametersError with <Region>", () => {
    assert.match(outcomes.get("presign-bucket-endpoint") ?? "",
      /^400 <\?xml[^>]*>\n<Error><Code>AuthorizationQueryParametersError<\/Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'<\/Message><Region>eu-west-1<\/Region><RequestId>/);
  });
});
