// Real JS v3 clients of eleven services, across all six protocols (SQS on JSON and API Gateway's execute-api
// included), against one in-process endpoint: each call succeeds with the default key, and raises AWS's exact
// exception name and message for a wrong secret and for a client clock 20 minutes behind.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
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
