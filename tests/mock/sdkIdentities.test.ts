import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AKIA, AKID, TEMP_VALID } from "./support/identities.ts";
import { callService, getObjectText } from "./support/clients.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

let m: RunningMock;
before(async () => (m = await startMock()));
after(() => m.close());

describe("createMockServer with AWS SDK for JavaScript v3 clients", () => {
  for (const [label, creds] of [["AKIDEXAMPLE", AKID], ["AKIAIOSFODNN7EXAMPLE", AKIA], ["ASIASIGFIXVALID00001 with its session token", TEMP_VALID]] as const) {
    it(`lists DynamoDB tables with ${label}`, async () => {
      const r = await callService("dynamodb", m.endpoint, creds, { clockMs: T0 });
      assert.deepEqual(r.$metadata.httpStatusCode, 200);
      assert.deepEqual((r as { TableNames?: string[] }).TableNames, ["sigfix-example"]);
    });
    it(`answers STS GetCallerIdentity with ${label}`, async () => {
      const r = (await callService("sts", m.endpoint, creds, { clockMs: T0 })) as { Arn?: string; Account?: string };
      assert.equal(r.Account, "123456789012");
      assert.match(r.Arn ?? "", /^arn:aws:(iam|sts)::123456789012:/);
    });
    it(`lists S3 buckets and reads an object with ${label}`, async () => {
      const r = (await callService("s3", m.endpoint, creds, { clockMs: T0 })) as { Buckets?: Array<{ Name?: string }> };
      assert.deepEqual(r.Buckets?.map((b) => b.Name), ["sigfix-example"]);
      assert.equal(await getObjectText(m.endpoint, creds, { clockMs: T0 }), "Hello from the sigfix lab.\n");
    });
    it(`lists Lambda functions with ${label}`, async () => {
      const r = (await callService("lambda", m.endpoint, creds, { clockMs: T0 })) as { Functions?: unknown[] };
      assert.deepEqual(r.Functions, []);
    });
  }

  it("gives GetCallerIdentity the caller's own ARN", async () => {
    const user = (await callService("sts", m.endpoint, AKID, { clockMs: T0 })) as { Arn?: string };
    const role = (await callService("sts", m.endpoint, TEMP_VALID, { clockMs: T0 })) as { Arn?: string };
    assert.equal(user.Arn, "arn:aws:iam::123456789012:user/sigfix-example");
    assert.equal(role.Arn, "arn:aws:sts::123456789012:assumed-role/sigfix-role/valid-session");
  });

  it("routes each call to the service its signals name", () => {
    const routes = new Set(m.exchanges.map((e) => `${e.route.service}:${e.route.operation}`));
    for (const r of ["dynamodb:ListTables", "sts:GetCallerIdentity", "s3:ListBuckets", "s3:GetObject", "lambda:ListFunctions"]) {
      assert.ok(routes.has(r), `no ${r} in ${[...routes].join(", ")}`);
    }
  });
});
