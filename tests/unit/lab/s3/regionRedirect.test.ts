// S3's bucket-region answers through the lab. Expected texts, element orders and headers come from raw AWS captures:
// PermanentRedirect (skyplane-project/skyplane#216, 2022; a botocore 1.34 debug log, 2024; awslabs/mountpoint-s3's
// test body), TemporaryRedirect (cperciva/bsdec2-image-upload#11, 2021), AuthorizationHeaderMalformed
// (jsoma/flatware#10; mountpoint-s3's accelerate capture), AuthorizationQueryParametersError (ai-dock/comfyui#34).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createDefaultScenario } from "../../../../src/lab/scenario/createDefaultScenario.ts";
import { runScenario, type ScenarioRun } from "../../../../src/lab/scenario/runScenario.ts";
import { getFault } from "../../../../src/lab/faults/index.ts";
import { answerRequest, createDefaultWorld, parseRawRequest } from "../../../../src/lab/index.ts";
import type { Scenario } from "../../../../src/lab/index.ts";

const NOW = "2026-01-01T00:00:00Z";
const PERMANENT = "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.";
const TEMPORARY = "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.";

async function run(faults: string[], change: Partial<Scenario> = {}): Promise<ScenarioRun> {
  let s: Scenario = { ...createDefaultScenario("s3", NOW), ...change };
  for (const id of faults) s = getFault(id)!.apply(s);
  const r = await runScenario(s);
  if ("error" in r) assert.fail(r.error);
  return r;
}
const header = (r: ScenarioRun, name: string) => r.response.headers.find(([n]) => n.toLowerCase() === name)?.[1];
const elements = (body: string) => [...body.replace(/^[\s\S]*?<Error>/, "").matchAll(/<([A-Za-z0-9-]+)>/g)].map((m) => m[1]);
const element = (body: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(body)?.[1];

describe("checkBucketRegion", () => {
  it("answers 301 PermanentRedirect with Endpoint then Bucket, and x-amz-bucket-region without a Location", async () => {
    const r = await run(["bucket-in-other-region"]);
    assert.equal(r.verdict.failedCheck, "bucketRegion");
    assert.equal(r.response.status, 301);
    assert.equal(r.response.statusText, "Moved Permanently");
    assert.equal(element(r.response.body, "Code"), "PermanentRedirect");
    assert.equal(element(r.response.body, "Message"), PERMANENT);
    assert.deepEqual(elements(r.response.body), ["Code", "Message", "Endpoint", "Bucket", "RequestId", "HostId"]);
    assert.equal(element(r.response.body, "Endpoint"), "sigfix-example-eu.s3-eu-west-1.amazonaws.com");
    assert.equal(element(r.response.body, "Bucket"), "sigfix-example-eu");
    assert.equal(header(r, "x-amz-bucket-region"), "eu-west-1");
    assert.equal(header(r, "location"), undefined);
  });

  it("names s3.amazonaws.com as the endpoint of a us-east-1 bucket, as the 2022 and 2024 captures do", async () => {
    const r = await run([], { region: "us-east-2", request: "GET /k HTTP/1.1\r\nHost: sigfix-example.s3.us-east-2.amazonaws.com\r\n\r\n" });
    assert.equal(r.response.status, 301);
    assert.equal(element(r.response.body, "Endpoint"), "s3.amazonaws.com");
    assert.equal(header(r, "x-amz-bucket-region"), "us-east-1");
  });

  it("redirects a path-style request on the global name, even one signed for the bucket's region", async () => {
    const r = await run(["global-endpoint-for-regional-bucket"]);
    assert.equal(r.verdict.outcome, "PermanentRedirect");
    assert.equal(r.signed.target.startsWith("/sigfix-example-eu/"), true);
  });

  it("redirects before any auth check: an unsigned request and an unknown key get the same 301", async () => {
    assert.equal((await run(["bucket-in-other-region", "unsigned-request"])).verdict.outcome, "PermanentRedirect");
    assert.equal((await run(["bucket-in-other-region", "unknown-access-key"])).verdict.outcome, "PermanentRedirect");
  });

  it("answers a HEAD with the 301 status and x-amz-bucket-region, and no body", async () => {
    const r = await run(["bucket-in-other-region", "head-request"]);
    assert.equal(r.response.status, 301);
    assert.equal(r.response.body, "");
    assert.equal(header(r, "x-amz-bucket-region"), "eu-west-1");
    assert.equal(r.verdict.outcome, "PermanentRedirect");
  });

  it("answers 307 TemporaryRedirect with a Location for a bucket whose DNS has not propagated, on its global name", async () => {
    const r = await run(["new-bucket-global-name"]);
    assert.equal(r.response.status, 307);
    assert.equal(r.response.statusText, "Temporary Redirect");
    assert.equal(element(r.response.body, "Message"), TEMPORARY);
    assert.deepEqual(elements(r.response.body), ["Code", "Message", "Endpoint", "Bucket", "RequestId", "HostId"]);
    assert.equal(element(r.response.body, "Endpoint"), "sigfix-example-new.s3.eu-west-1.amazonaws.com");
    assert.equal(header(r, "location"), "https://sigfix-example-new.s3.eu-west-1.amazonaws.com/hello.txt");
    assert.equal(header(r, "x-amz-bucket-region"), "eu-west-1");
  });

  it("lets the same new bucket through on its regional name", async () => {
    const r = await run([], { region: "eu-west-1", request: "GET /k HTTP/1.1\r\nHost: sigfix-example-new.s3.eu-west-1.amazonaws.com\r\n\r\n" });
    assert.equal(r.verdict.outcome, "ok");
  });

  it("follows DNS for a virtual-hosted global name: signed for the bucket's region, it succeeds", async () => {
    const r = await run([], { region: "eu-west-1", endpointRegion: "us-east-1", request: "GET /k HTTP/1.1\r\nHost: sigfix-example-eu.s3.amazonaws.com\r\n\r\n" });
    assert.equal(r.verdict.outcome, "ok");
  });

  it("lets buckets the world does not list and bucket-less requests through", async () => {
    assert.equal((await run([], { request: "GET /k HTTP/1.1\r\nHost: somebody-elses.s3.us-east-1.amazonaws.com\r\n\r\n" })).verdict.outcome, "ok");
    assert.equal((await run([], { request: "GET / HTTP/1.1\r\nHost: s3.us-east-1.amazonaws.com\r\n\r\n" })).verdict.outcome, "ok");
  });

  it("does not apply to other services", async () => {
    const s = createDefaultScenario("sts", NOW);
    const r = await runScenario(s);
    if ("error" in r) assert.fail(r.error);
    assert.equal(r.verdict.checks.some((c) => c.check === "bucketRegion"), false);
  });
});

describe("the scope check expects the bucket's region", () => {
  it("answers AuthorizationHeaderMalformed naming eu-west-1 for a request signed for us-east-1 that DNS took to eu-west-1", async () => {
    const r = await run([], { request: "GET /k HTTP/1.1\r\nHost: sigfix-example-eu.s3.amazonaws.com\r\n\r\n" });
    assert.equal(r.response.status, 400);
    assert.equal(element(r.response.body, "Message"), "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'");
    assert.deepEqual(elements(r.response.body), ["Code", "Message", "Region", "RequestId", "HostId"]);
    assert.equal(element(r.response.body, "Region"), "eu-west-1");
    assert.equal(header(r, "x-amz-bucket-region"), "eu-west-1");
  });

  it("answers the same through Transfer Acceleration, which forwards to the bucket's region (mountpoint-s3's capture)", async () => {
    const request = "GET /k HTTP/1.1\r\nHost: sigfix-example-eu.s3-accelerate.amazonaws.com\r\n\r\n";
    const r = await run([], { request });
    assert.equal(element(r.response.body, "Message"), "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'");
  });

  it("answers AuthorizationQueryParametersError with <Region> for a URL presigned without the bucket's region", async () => {
    const r = await run(["presign-without-bucket-region"]);
    assert.equal(r.response.status, 400);
    assert.equal(element(r.response.body, "Code"), "AuthorizationQueryParametersError");
    assert.equal(element(r.response.body, "Message"), "Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'");
    assert.deepEqual(elements(r.response.body), ["Code", "Message", "Region", "RequestId", "HostId"]);
    assert.equal(r.verdict.confidence, "confirmed");
  });

  it("answers a HEAD signed for the wrong region with a body-less 400 that still names the region in its header", async () => {
    const r = await run(["head-request"], { request: "GET /k HTTP/1.1\r\nHost: sigfix-example-eu.s3.eu-west-1.amazonaws.com\r\n\r\n", endpointRegion: "eu-west-1" });
    assert.equal(r.response.status, 400);
    assert.equal(r.response.body, "");
    assert.equal(header(r, "x-amz-bucket-region"), "eu-west-1");
  });
});

describe("a world of its own", () => {
  it("reads a request the mock received on bucket.localhost as landing in the endpoint's region", () => {
    const parsed = parseRawRequest("GET /k HTTP/1.1\r\nHost: sigfix-example-eu.localhost:4599\r\n\r\n");
    assert.ok(parsed.ok);
    const answer = answerRequest(parsed.request, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(new Date(NOW)), "seed");
    assert.equal(answer.verdict.outcome, "PermanentRedirect");
    assert.equal(answer.response.status, 301);
  });
});
