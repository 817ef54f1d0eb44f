import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { entry } from "./support/catalogue.ts";
import { callService, catchError } from "./support/clients.ts";
import { AKID } from "./support/identities.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

let m: RunningMock;
before(async () => (m = await startMock({ mode: "dynamodb-local" })));
after(() => m.close());

describe("createMockServer in --mode dynamodb-local", () => {
  it("accepts any secret, as DynamoDB Local checks no signature", async () => {
    const r = (await callService("dynamodb", m.endpoint, { ...AKID, secretAccessKey: "anything" }, { clockMs: T0 })) as { TableNames?: string[] };
    assert.deepEqual(r.TableNames, ["sigfix-example"]);
  });

  it("accepts an access key nobody issued when it is letters and digits", async () => {
    const r = (await callService("dynamodb", m.endpoint, { accessKeyId: "fakeMyKeyId", secretAccessKey: "fakeSecretAccessKey" }, { clockMs: T0 })) as { TableNames?: string[] };
    assert.deepEqual(r.TableNames, ["sigfix-example"]);
  });

  it("refuses an access key with other characters with DynamoDB Local 2.x's message", async () => {
    const got = await catchError(callService("dynamodb", m.endpoint, { accessKeyId: "fake-key_id", secretAccessKey: "x" }, { clockMs: T0 }));
    const e = entry("dynamodb-local.UnrecognizedClientException");
    assert.deepEqual(got, { name: e.code, status: e.httpStatus, message: e.messageTemplate, attempts: 1 });
  });
});
