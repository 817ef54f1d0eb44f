// The front doors answer with their own checks, wording and format. Expected values are literals from the public
// captures cited in src/lab/frontDoors/ (or botocore 1.43.11 for the Bedrock canonical path), never from the lab.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runGuideScenario } from "../../../../src/guides/runGuideScenario.ts";
import { FRONT_DOORS } from "../../../../src/lab/frontDoors/index.ts";
import type { FrontDoorId } from "../../../../src/lab/frontDoors/index.ts";

const run = (frontDoor: FrontDoorId, faults: string[] = []) => runGuideScenario({ service: FRONT_DOORS[frontDoor].baseService, frontDoor, faults }, "answerFrontDoor.test");
const header = (headers: Array<[string, string]>, name: string) => headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
const SHORT_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

describe("answerFrontDoor", () => {
  it("accepts every door's sample request, signed the door's way", async () => {
    for (const door of ["execute-api", "lambda-url", "cloudfront-oac-lambda", "opensearch", "opensearch-serverless", "bedrock-runtime", "appsync", "iot-websocket", "kinesis-video-websocket"] as const) {
      const r = await run(door);
      assert.equal(r.verdict.outcome, "ok", `${door}: ${r.verdict.message}`);
    }
  });

  it("answers an API Gateway route that does not exist with Missing Authentication Token, even when signed", async () => {
    const r = await run("execute-api", ["path-without-stage"]);
    assert.equal(r.response.status, 403);
    assert.equal(r.response.body, '{"message":"Missing Authentication Token"}');
    assert.equal(header(r.response.headers, "x-amzn-ErrorType"), "MissingAuthenticationTokenException");
  });

  it("puts API Gateway's canonical request and string to sign in its signature message, with a bare x-amzn-ErrorType", async () => {
    const r = await run("execute-api", ["wrong-secret"]);
    assert.equal(header(r.response.headers, "x-amzn-ErrorType"), "InvalidSignatureException");
    const { message } = JSON.parse(r.response.body) as { message: string };
    assert.ok(message.startsWith(`${SHORT_MISMATCH}\n\nThe Canonical String for this request should have been\n'GET\n/prod/items\n`), message);
    assert.ok(message.includes("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260115T120000Z\n20260115/us-east-1/execute-api/aws4_request\n"));
  });

  it("verifies API Gateway against the host and path received: a custom domain's request signed for the stage URL fails", async () => {
    const r = await run("execute-api", ["signed-for-stage-url"]);
    assert.equal(r.verdict.outcome, "InvalidSignatureException");
    assert.match(r.verdict.message, /\n'GET\n\/items\n\nhost:api\.sigfix\.example\n/);
  });

  it("answers a bearer token at API Gateway with the missing-parameter sentences and the header echoed (aws/chalice#828)", async () => {
    const r = await run("execute-api", ["bearer-token-sent"]);
    assert.equal(r.verdict.message,
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=Bearer eyJhbGciOiJIUzI1NiJ9.e30.EXAMPLE");
    assert.equal(r.response.status, 403);
  });

  it("names execute-api when a Bedrock client signs for bedrock (continuedev/continue#5569)", async () => {
    const r = await run("execute-api", ["signed-for-bedrock"]);
    assert.equal(r.verdict.message, "Credential should be scoped to correct service: 'execute-api'. ");
  });

  it("signs Bedrock's model ID as %253A in the canonical path, as botocore 1.43.11 does, and answers a single-encoded one in 192 bytes", async () => {
    const ok = await run("bedrock-runtime");
    assert.equal(ok.client?.canonicalRequest.split("\n")[1], "/model/anthropic.claude-3-haiku-20240307-v1%253A0/invoke");
    assert.match(ok.client?.credentialScope ?? "", /\/bedrock\/aws4_request$/);
    const bad = await run("bedrock-runtime", ["model-id-encoded-once"]);
    assert.equal(bad.client?.canonicalRequest.split("\n")[1], "/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke");
    assert.equal(header(bad.response.headers, "Content-Length"), "192");
    assert.equal(header(bad.response.headers, "x-amzn-ErrorType"), "InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/");
  });

  it("refuses a CloudFront OAC POST whose signature does not cover the body, with the short message (minorun365/html-share#4)", async () => {
    const r = await run("cloudfront-oac-lambda", ["oac-without-content-sha256"]);
    assert.equal(r.response.status, 403);
    assert.equal(r.response.body, JSON.stringify({ message: SHORT_MISMATCH }));
    assert.equal(header(r.response.headers, "x-amzn-ErrorType"), "InvalidSignatureException");
  });

  it("answers aoss without a signed x-amz-content-sha256 with its own body and response hint (usebruno/bruno#8149)", async () => {
    const r = await run("opensearch-serverless", ["content-sha256-not-signed"]);
    assert.equal(r.response.status, 403);
    assert.equal(header(r.response.headers, "x-aoss-response-hint"), "X01:gw-helper-deny");
    const body = JSON.parse(r.response.body) as { status: number; error: unknown };
    assert.equal(body.status, 403);
    assert.deepEqual(body.error, { reason: "403 Forbidden", type: "Forbidden" });
  });

  it("lets an aoss request without a body pass without x-amz-content-sha256 (abutaha/aws-es-proxy#132)", async () => {
    const scenario = { service: "opensearch", frontDoor: "opensearch-serverless" as const, faults: ["content-sha256-not-signed"] };
    const r = await runGuideScenario(scenario, "t");
    assert.notEqual(r.verdict.outcome, "ok");
    // The same door, a GET without a body: see createFrontDoorScenario for the sample; here the body is removed.
    const { runScenario, createFrontDoorScenario, FRONT_DOORS, EXAMPLE_SERVER_NOW } = await import("../../../../src/lab/index.ts");
    const base = createFrontDoorScenario(FRONT_DOORS["opensearch-serverless"], EXAMPLE_SERVER_NOW);
    const get = { ...base, applyChecksum: false, request: base.request.replace(/^POST/, "GET").replace(/\r\n\r\n[\s\S]*$/, "\r\n\r\n") };
    const result = await runScenario(get);
    assert.ok(!("error" in result));
    if (!("error" in result)) assert.equal(result.verdict.outcome, "ok");
  });

  it("names the first signed header AppSync did not receive, in its errors array (awslabs/aws-mobile-appsync-sdk-js#702)", async () => {
    const r = await run("appsync", ["signed-header-dropped"]);
    assert.equal(r.response.body, JSON.stringify({ errors: [{ errorType: "IncompleteSignatureException", message: "'accept' is named as a SignedHeader, but it does not exist in the HTTP request." }] }));
  });

  it("gives AppSync a 5-minute skew window", async () => {
    const r = await run("appsync", ["clock-skew-behind"]);
    assert.match(r.verdict.message, / - 5 min\.\)$/);
  });

  it("leaves IoT's session token out of the canonical query: appended after signing passes, signed fails with ForbiddenException:", async () => {
    const ok = await run("iot-websocket");
    assert.equal(ok.response.status, 101);
    assert.match(ok.signed.target, /&X-Amz-Signature=[0-9a-f]{64}&X-Amz-Security-Token=/);
    const bad = await run("iot-websocket", ["token-signed-into-url"]);
    assert.equal(bad.response.status, 403);
    assert.equal(header(bad.response.headers, "x-amzn-ErrorType"), "ForbiddenException:");
    assert.equal(bad.verdict.confidence, "uncertain");
  });

  it("signs Kinesis Video's session token: appended after signing fails", async () => {
    const ok = await run("kinesis-video-websocket");
    assert.match(ok.client?.canonicalRequest ?? "", /X-Amz-Security-Token=sigfix-valid-session-token-EXAMPLE/);
    const bad = await run("kinesis-video-websocket", ["token-added-after-signing"]);
    assert.equal(bad.response.status, 403);
  });

  it("says the token's placement is the one thing wrong, for IoT and for Kinesis Video, and not for a wrong secret", async () => {
    assert.match((await run("iot-websocket", ["token-signed-into-url"])).verdict.explanation.summary, /covers X-Amz-Security-Token/);
    assert.match((await run("kinesis-video-websocket", ["token-added-after-signing"])).verdict.explanation.summary, /added after signing/);
    assert.doesNotMatch((await run("iot-websocket", ["wrong-secret"])).verdict.explanation.summary, /X-Amz-Security-Token/);
  });

  it("refuses a door-only fault at another door, naming the door it belongs to", async () => {
    await assert.rejects(run("lambda-url", ["model-id-encoded-once"]), /applies only at front door `bedrock-runtime`/);
  });
});
