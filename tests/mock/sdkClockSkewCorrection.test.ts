import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createClient, SERVICE_NAMES } from "./support/clients.ts";
import type { ServiceName } from "./support/clients.ts";
import { AKID } from "./support/identities.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ListBucketsCommand } from "@aws-sdk/client-s3";
import { ListFunctionsCommand } from "@aws-sdk/client-lambda";

const COMMAND: Record<ServiceName, () => unknown> = {
  dynamodb: () => new ListTablesCommand({}),
  sts: () => new GetCallerIdentityCommand({}),
  s3: () => new ListBucketsCommand({}),
  lambda: () => new ListFunctionsCommand({}),
};

/** The skew error each service sends first (code exactly as AWS spells it). */
const FIRST_ERROR: Record<ServiceName, string> = {
  dynamodb: "InvalidSignatureException",
  sts: "SignatureDoesNotMatch",
  s3: "RequestTimeTooSkewed",
  lambda: "InvalidSignatureException",
};

let m: RunningMock;
before(async () => (m = await startMock()));
after(() => m.close());

describe("createMockServer and the JS v3 SDK's own clock-skew correction", () => {
  for (const service of SERVICE_NAMES) {
    it(`lets a ${service} client 20 minutes slow fail once, correct its offset from the server's time (the Date header; S3's ServerTime element first), and succeed on its retry`, async () => {
      const client = createClient(service, m.endpoint, AKID, { clockMs: T0 - 20 * 60_000, maxAttempts: 3 });
      const first = m.exchanges.length;
      try {
        const out = await (client as { send(c: unknown): Promise<{ $metadata: { httpStatusCode?: number; attempts?: number } }> }).send(COMMAND[service]());
        // What the server saw: the skew error, then the corrected request (no third try).
        const seen = m.exchanges.slice(first).map((e) => [e.response.status === 200 ? "ok" : e.verdict.outcome, e.verdict.failedCheck]);
        assert.deepEqual(seen, [[FIRST_ERROR[service], "clockSkew"], ["ok", null]]);
        assert.equal(out.$metadata.httpStatusCode, 200);
        assert.equal(out.$metadata.attempts, 2);
        // The client now signs with the server's clock: its offset moved by about +20 minutes.
        const offset = (client.config as { systemClockOffset: number }).systemClockOffset;
        assert.ok(Math.abs(Date.now() + offset - T0) < 5_000, `client clock ${new Date(Date.now() + offset).toISOString()}`);
      } finally {
        client.destroy();
      }
    });
  }

  it("does not retry when the client is told to make a single attempt: the skew error reaches the caller", async () => {
    const client = createClient("dynamodb", m.endpoint, AKID, { clockMs: T0 - 20 * 60_000, maxAttempts: 1 }) as DynamoDBClient;
    try {
      await assert.rejects(client.send(new ListTablesCommand({})), (e: Error & { $metadata: { attempts?: number } }) => {
        assert.equal(e.name, "InvalidSignatureException");
        assert.match(e.message, /^Signature expired: /);
        assert.equal(e.$metadata.attempts, 1);
        return true;
      });
    } finally {
      client.destroy();
    }
  });
});
