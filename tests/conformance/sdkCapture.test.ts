/**
 * Requests signed by a second implementation: real AWS SDK for JavaScript v3 clients, whose custom request handler
 * captures the signed HttpRequest instead of sending it. Each capture is put on the wire as the SDK's Node handler
 * would (path plus `buildQueryString(query)`, headers in the SDK's order, the body bytes) and fed to `verifyRequest`,
 * which must accept it for the right service, and reject it once one signed header value changes.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { LambdaClient, ListFunctionsCommand } from "@aws-sdk/client-lambda";
import { GetObjectCommand, ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { buildQueryString } from "@smithy/core/protocols";
import type { HttpRequest } from "@smithy/types";
import type { Credentials, LabRequest, ServiceId } from "../../src/lab/types.ts";
import { verifyRequest } from "../../src/lab/verify/verifyRequest.ts";
import { createDefaultWorld } from "../../src/lab/world/defaultWorld.ts";

/** The server's clock; the clients' clocks are set to it with `systemClockOffset`. */
const NOW = new Date("2026-03-01T12:00:00.000Z");
const REGION = "us-east-1";
const S3_KEY = "notes/hello world ☃ (v2)+'!*~.txt";

const LONG_TERM: Credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const TEMPORARY: Credentials = {
  accessKeyId: "ASIASIGFIXVALID00001",
  secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001",
  sessionToken: "sigfix-valid-session-token-EXAMPLE",
};

/** Thrown by the capturing handler so the client stops right after signing, without a network or a response. */
class Captured extends Error {}

interface Call {
  title: string;
  service: ServiceId;
  /** The signature error code and status AWS sends for this service (../shared/reference §4.3). */
  mismatch: { code: string; status: number };
  send: (config: ClientConfig) => Promise<unknown>;
}

interface ClientConfig {
  region: string;
  credentials: Credentials;
  requestHandler: { handle: (request: HttpRequest) => Promise<never> };
  maxAttempts: number;
  systemClockOffset: number;
}

/** Makes one call with `client`, always destroying the client. */
async function run<C extends { destroy: () => void }>(client: C, call: (client: C) => Promise<unknown>) {
  try {
    return await call(client);
  } finally {
    client.destroy();
  }
}

const CALLS: Call[] = [
  {
    title: "DynamoDB ListTables (@aws-sdk/client-dynamodb)",
    service: "dynamodb",
    mismatch: { code: "InvalidSignatureException", status: 400 },
    send: (config) => run(new DynamoDBClient(config), (c) => c.send(new ListTablesCommand({}))),
  },
  {
    title: "STS GetCallerIdentity (@aws-sdk/client-sts)",
    service: "sts",
    mismatch: { code: "SignatureDoesNotMatch", status: 403 },
    send: (config) => run(new STSClient(config), (c) => c.send(new GetCallerIdentityCommand({}))),
  },
  {
    title: "S3 ListBuckets (@aws-sdk/client-s3)",
    service: "s3",
    mismatch: { code: "SignatureDoesNotMatch", status: 403 },
    send: (config) => run(new S3Client(config), (c) => c.send(new ListBucketsCommand({}))),
  },
  {
    title: "S3 GetObject of a key with spaces, unicode and sub-delimiters (@aws-sdk/client-s3)",
    service: "s3",
    mismatch: { code: "SignatureDoesNotMatch", status: 403 },
    send: (config) => run(new S3Client(config), (c) => c.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: S3_KEY }))),
  },
  {
    title: "Lambda ListFunctions (@aws-sdk/client-lambda)",
    service: "lambda",
    mismatch: { code: "InvalidSignatureException", status: 403 },
    send: (config) => run(new LambdaClient(config), (c) => c.send(new ListFunctionsCommand({}))),
  },
];

/** Runs the call with a handler that records the signed request and aborts. */
async function capture(call: Call, credentials: Credentials): Promise<HttpRequest> {
  let captured: HttpRequest | undefined;
  const requestHandler = {
    handle: async (request: HttpRequest): Promise<never> => {
      captured = request;
      throw new Captured("captured");
    },
  };
  const config: ClientConfig = { region: REGION, credentials, requestHandler, maxAttempts: 1, systemClockOffset: NOW.getTime() - Date.now() };
  await assert.rejects(call.send(config), Captured);
  assert.ok(captured, "the request handler was called");
  return captured;
}

/** The request as the SDK's Node handler puts it on the wire. */
function toLabRequest(request: HttpRequest): LabRequest {
  const query = buildQueryString(request.query ?? {});
  const body: unknown = request.body;
  let bytes: Uint8Array;
  if (body === undefined || body === null) bytes = new Uint8Array();
  else if (typeof body === "string") bytes = new TextEncoder().encode(body);
  else if (body instanceof Uint8Array) bytes = Uint8Array.from(body);
  else throw new Error(`unexpected body type ${Object.prototype.toString.call(body)}`);
  return {
    method: request.method,
    target: request.path + (query ? `?${query}` : ""),
    httpVersion: "HTTP/1.1",
    headers: Object.entries(request.headers).map(([name, value]) => ({ name, value })),
    body: bytes,
  };
}

const header = (req: LabRequest, name: string) => req.headers.find((h) => h.name.toLowerCase() === name)?.value;
const signedHeadersOf = (req: LabRequest) => /SignedHeaders=([^,\s]+)/.exec(header(req, "authorization") ?? "")?.[1]?.split(";") ?? [];

function withHeader(req: LabRequest, name: string, change: (value: string) => string): LabRequest {
  return { ...req, headers: req.headers.map((h) => (h.name.toLowerCase() === name ? { ...h, value: change(h.value) } : h)) };
}

const verify = (req: LabRequest, service: ServiceId) => verifyRequest(req, { service, region: REGION, mode: "aws" }, createDefaultWorld(NOW));

/** Captures are made once per call and credential set, then shared by the tests that read them. */
const captures = new Map<string, Promise<LabRequest>>();
function captured(call: Call, credentials: Credentials): Promise<LabRequest> {
  const key = `${call.title} ${credentials.accessKeyId}`;
  if (!captures.has(key)) captures.set(key, capture(call, credentials).then(toLabRequest));
  return captures.get(key)!;
}

for (const credentials of [LONG_TERM, TEMPORARY]) {
  const who = credentials.sessionToken ? `temporary ${credentials.accessKeyId} with its session token` : `long-term ${credentials.accessKeyId}`;
  describe(`verifyRequest on requests signed by AWS SDK for JavaScript v3 clients (${who})`, () => {
    for (const call of CALLS) {
      it(`accepts ${call.title} for ${call.service}`, async () => {
        const req = await captured(call, credentials);
        assert.match(header(req, "x-amz-date") ?? "", /^20260301T1200\d\dZ$/, "the client clock follows systemClockOffset");
        if (credentials.sessionToken) {
          assert.equal(header(req, "x-amz-security-token"), credentials.sessionToken);
          assert.ok(signedHeadersOf(req).includes("x-amz-security-token"));
        }
        const verdict = verify(req, call.service);
        assert.equal(verdict.outcome, "ok", `${verdict.outcome}: ${verdict.explanation.summary}`);
        assert.equal(verdict.server.signature, /Signature=([0-9a-f]{64})/.exec(header(req, "authorization")!)?.[1]);
      });

      it(`rejects ${call.title} with ${call.mismatch.code} once the signed amz-sdk-invocation-id value changes`, async () => {
        const req = await captured(call, credentials);
        assert.ok(signedHeadersOf(req).includes("amz-sdk-invocation-id"));
        const verdict = verify(withHeader(req, "amz-sdk-invocation-id", (v) => `${v.slice(0, -1)}${v.endsWith("0") ? "1" : "0"}`), call.service);
        assert.equal(verdict.outcome, call.mismatch.code);
        assert.equal(verdict.status, call.mismatch.status);
        assert.equal(verdict.failedCheck, "signature");
      });

      it(`still accepts ${call.title} when its unsigned User-Agent changes`, async () => {
        const req = await captured(call, credentials);
        assert.ok(header(req, "user-agent") !== undefined && !signedHeadersOf(req).includes("user-agent"));
        const verdict = verify(withHeader(req, "user-agent", (v) => `${v} proxy/1.0`), call.service);
        assert.equal(verdict.outcome, "ok", `${verdict.outcome}: ${verdict.explanation.summary}`);
      });
    }

    it("rejects STS GetCallerIdentity sent to the Lambda endpoint: its credential scope names sts, not lambda", async () => {
      const req = await captured(CALLS[1]!, credentials);
      const verdict = verify(req, "lambda");
      assert.equal(verdict.outcome, "InvalidSignatureException");
      assert.equal(verdict.failedCheck, "credentialScope");
    });
  });
}

describe("the S3 GetObject capture", () => {
  it("puts the key on the wire encoded once, the way the SDK's serializer does, and the server's canonical path is that path", async () => {
    const req = await captured(CALLS[3]!, LONG_TERM);
    assert.equal(req.target, "/notes/hello%20world%20%E2%98%83%20%28v2%29%2B%27%21%2A~.txt?x-id=GetObject");
    assert.equal(header(req, "host"), "sigfix-example.s3.us-east-1.amazonaws.com");
    const verdict = verify(req, "s3");
    assert.equal(verdict.server.canonicalRequest?.split("\n")[1], "/notes/hello%20world%20%E2%98%83%20%28v2%29%2B%27%21%2A~.txt");
  });
});
