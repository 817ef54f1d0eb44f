// Real JS v3 clients of eleven services, across all six protocols (SQS on JSON and API Gateway's execute-api
// included), against one in-process endpoint: each call succeeds with the default key, and raises AWS's exact
// exception name and message for a wrong secret and for a client clock 20 minutes behind.
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, describe, it } from "node:test";
import { signWithSmithy } from "../../src/lab/sign/signWithSmithy.ts";
import { parseRequest } from "../support/parseRequest.ts";
import { catchError } from "./support/clients.ts";
import { AKID } from "./support/identities.ts";
import { callRegistryService, REGISTRY_CLIENTS, type RegistryClientName } from "./support/registryClients.ts";
import { basic, startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

// ../shared/reference §4.3: the 178-character text, and S3's own.
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const S3_MISMATCH = "The request signature we calculated does not match the signature you provided. Check your key and signing method.";
const WRONG_SECRET = { ...AKID, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX" };
const CLIENT_BEHIND = T0 - 20 * 60_000;

/** Per service: the exception a wrong secret raises (status, name) and the skew window its message names (§5). */
const EXPECTED: Record<RegistryClientName, { status: number; name: string; windowMinutes: 5 | 15; skewName?: string; skewStatus?: number }> = {
  dynamodb: { status: 400, name: "InvalidSignatureException", windowMinutes: 15 },
  // SQS on JSON keeps its query-era codes and 403 (argoproj/notifications-engine#382, Go v2 over JSON, 2025).
  sqs: { status: 403, name: "SignatureDoesNotMatch", windowMinutes: 15 },
  secretsmanager: { status: 400, name: "InvalidSignatureException", windowMinutes: 15 },
  logs: { status: 400, name: "InvalidSignatureException", windowMinutes: 15 },
  kms: { status: 400, name: "InvalidSignatureException", windowMinutes: 5 },
  lambda: { status: 403, name: "InvalidSignatureException", windowMinutes: 5 },
  "execute-api": { status: 403, name: "InvalidSignatureException", windowMinutes: 15 },
  s3: { status: 403, name: "SignatureDoesNotMatch", windowMinutes: 15, skewName: "RequestTimeTooSkewed", skewStatus: 403 },
  sts: { status: 403, name: "SignatureDoesNotMatch", windowMinutes: 15 },
  sns: { status: 403, name: "SignatureDoesNotMatch", windowMinutes: 15 },
  // EC2: the lab's choices (catalogue §12.4, uncertain): SignatureDoesNotMatch, and RequestExpired for a skew.
  ec2: { status: 403, name: "SignatureDoesNotMatch", windowMinutes: 15, skewName: "RequestExpired", skewStatus: 400 },
};

let running: RunningMock;
before(async () => {
  running = await startMock();
});
after(async () => {
  await running.close();
});

const NAMES = Object.keys(REGISTRY_CLIENTS) as RegistryClientName[];

describe("real JS v3 clients of eleven services against one endpoint", () => {
  it("covers all six protocols", () => {
    assert.deepEqual(new Set(NAMES.map((n) => REGISTRY_CLIENTS[n].protocol)), new Set(["awsJson1_0", "awsJson1_1", "restJson1", "restXml", "awsQuery", "ec2Query"]));
  });

  for (const name of NAMES) {
    const expected = EXPECTED[name];
    it(`${name}: succeeds with the default key`, async () => {
      await callRegistryService(name, running.endpoint, AKID, { clockMs: T0 });
    });

    it(`${name}: raises ${expected.name} (${expected.status}) with AWS's exact message for a wrong secret`, async () => {
      const err = await catchError(callRegistryService(name, running.endpoint, WRONG_SECRET, { clockMs: T0 }));
      assert.deepEqual([err.name, err.status], [expected.name, expected.status]);
      if (name === "s3") assert.equal(err.message, S3_MISMATCH);
      else if (name === "sqs") {
        // SQS appends the canonical request and string to sign it computed (§4.3; the lab assumes it still does on JSON).
        assert.ok(err.message.startsWith(`${MISMATCH}\n\nThe Canonical String for this request should have been\n'POST\n/\n\n`), err.message);
        assert.ok(err.message.includes(`'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n${basic(T0)}\n${basic(T0).slice(0, 8)}/us-east-1/sqs/aws4_request\n`), err.message);
      } else if (name === "execute-api") assert.ok(err.message.startsWith(MISMATCH), err.message);
      else assert.equal(err.message, MISMATCH);
    });

    it(`${name}: names the ${expected.windowMinutes}-minute window when the client's clock is 20 minutes behind`, async () => {
      const err = await catchError(callRegistryService(name, running.endpoint, AKID, { clockMs: CLIENT_BEHIND }));
      assert.deepEqual([err.name, err.status], [expected.skewName ?? expected.name, expected.skewStatus ?? expected.status]);
      if (name === "s3") return assert.equal(err.message, "The difference between the request time and the current time is too large.");
      if (name === "ec2") return assert.equal(err.message, "Request has expired.");
      const earliest = basic(T0 - expected.windowMinutes * 60_000);
      assert.equal(err.message, `Signature expired: ${basic(CLIENT_BEHIND)} is now earlier than ${earliest} (${basic(T0)} - ${expected.windowMinutes} min.)`);
    });
  }
});

/** Sends a signed request as it is, Host included, and reads the answer. */
function send(req: { method: string; target: string; headers: Array<{ name: string; value: string }> }, endpoint: string) {
  const url = new URL(endpoint);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const r = httpRequest({ host: url.hostname, port: url.port, method: req.method, path: req.target, headers: Object.fromEntries(req.headers.map((h) => [h.name, h.value])) }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    r.on("error", reject);
    r.end();
  });
}

describe("a request signed for execute-api, sent to a stage URL's host", () => {
  const signed = (secret: string) =>
    signWithSmithy(parseRequest("GET /prod/pets HTTP/1.1\nHost: abc123.execute-api.us-east-1.amazonaws.com\n\n"), {
      service: "execute-api",
      region: "us-east-1",
      credentials: { ...AKID, secretAccessKey: secret },
      signingDate: new Date(T0),
      mode: "header",
      normalizePath: true,
      applyChecksum: false,
    });

  it("is answered in REST-JSON: 200 with the default key, 403 InvalidSignatureException in x-amzn-ErrorType and a {\"message\"} body for a wrong secret", async () => {
    const ok = await send(await signed(AKID.secretAccessKey), running.endpoint);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers["content-type"], "application/json");
    const bad = await send(await signed(WRONG_SECRET.secretAccessKey), running.endpoint);
    assert.equal(bad.status, 403);
    assert.equal(String(bad.headers["x-amzn-errortype"]).split(":")[0], "InvalidSignatureException");
    assert.deepEqual(Object.keys(JSON.parse(bad.body)), ["message"]);
    assert.ok((JSON.parse(bad.body) as { message: string }).message.startsWith(MISMATCH));
  });
});
