// S3's answers about x-amz-content-sha256, byte for byte against the raw captures cited in resolveS3Error.ts.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { answerRequest } from "../../../../src/lab/answerRequest.ts";
import { endpoint, parse, signed, WORLD } from "../verify/signedFixture.ts";

const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function put(contentSha256: string, body: string): string {
  return `PUT /sigfix-bucket/hello.txt HTTP/1.1\nHost: s3.us-east-1.amazonaws.com\nx-amz-content-sha256: ${contentSha256}\n\n${body}`;
}

async function answer(raw: string) {
  return answerRequest(await signed("s3", { request: parse(raw) }), endpoint("s3"), WORLD, "seed");
}

/** The body between </Message> and <RequestId>: where S3 puts an error's extra elements. */
function extras(body: string): string {
  return body.slice(body.indexOf("</Message>") + "</Message>".length, body.indexOf("<RequestId>"));
}

describe("checkPayloadHash (XAmzContentSHA256Mismatch)", () => {
  it("answers the empty body's hash signed for a non-empty upload as grosskur/lua-resty-aws#2 shows it", async () => {
    // The capture's case: the client hashed "" and then streamed a file.
    const { verdict, response } = await answer(put(EMPTY_SHA256, "hello"));
    assert.deepEqual([verdict.outcome, response.status, verdict.confidence], ["XAmzContentSHA256Mismatch", 400, "confirmed"]);
    assert.match(response.body, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>XAmzContentSHA256Mismatch<\/Code><Message>The provided 'x-amz-content-sha256' header does not match what was computed\.<\/Message>/);
    assert.equal(extras(response.body),
      `<ClientComputedContentSHA256>${EMPTY_SHA256}</ClientComputedContentSHA256><S3ComputedContentSHA256>${sha256("hello")}</S3ComputedContentSHA256>`);
  });

  it("keeps the header's value as sent (upper-case hex) in ClientComputedContentSHA256", async () => {
    const declared = sha256("other").toUpperCase();
    const { response } = await answer(put(declared, "hello"));
    assert.match(extras(response.body), new RegExp(`^<ClientComputedContentSHA256>${declared}</ClientComputedContentSHA256>`));
  });

  it("accepts the body's own hash in either case", async () => {
    assert.equal((await answer(put(sha256("hello"), "hello"))).verdict.outcome, "ok");
    assert.equal((await answer(put(sha256("hello").toUpperCase(), "hello"))).verdict.outcome, "ok");
  });
});

describe("checkPayloadHash (a value that is no hash)", () => {
  const MESSAGE = "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.";

  for (const value of ["GIBBERISH", "tjnVEQ5UTP/DL91eAGOmew==", "unsigned-payload", sha256("hello").slice(1)]) {
    it(`answers \`${value}\` with InvalidArgument, ArgumentName then ArgumentValue (versitygw#1352)`, async () => {
      const { verdict, response } = await answer(put(value, "hello"));
      assert.deepEqual([verdict.outcome, response.status, verdict.message], ["InvalidArgument", 400, MESSAGE]);
      assert.equal(extras(response.body), `<ArgumentName>x-amz-content-sha256</ArgumentName><ArgumentValue>${value}</ArgumentValue>`);
    });
  }

  it("leaves UNSIGNED-PAYLOAD unchecked", async () => {
    assert.equal((await answer(put("UNSIGNED-PAYLOAD", "anything"))).verdict.outcome, "ok");
  });
});

describe("payload-hash faults", () => {
  const run = async (id: string) => {
    const { createDefaultScenario, getFault, runScenario, EXAMPLE_SERVER_NOW } = await import("../../../../src/lab/index.ts");
    const r = await runScenario(getFault(id)!.apply(createDefaultScenario("s3", EXAMPLE_SERVER_NOW)));
    assert.ok(!("error" in r));
    return r;
  };

  it("empty-body-hash-signed: S3 names the empty hash and the body's", async () => {
    const r = await run("empty-body-hash-signed");
    assert.equal(r.verdict.outcome, "XAmzContentSHA256Mismatch");
    assert.equal(extras(r.response.body), `<ClientComputedContentSHA256>${EMPTY_SHA256}</ClientComputedContentSHA256><S3ComputedContentSHA256>${sha256("hello from sigfix\n")}</S3ComputedContentSHA256>`);
  });

  it("content-sha256-base64: InvalidArgument with the base64 value", async () => {
    const r = await run("content-sha256-base64");
    const base64 = createHash("sha256").update("hello from sigfix\n").digest("base64");
    assert.equal(r.verdict.outcome, "InvalidArgument");
    assert.equal(extras(r.response.body), `<ArgumentName>x-amz-content-sha256</ArgumentName><ArgumentValue>${base64}</ArgumentValue>`);
  });
});
