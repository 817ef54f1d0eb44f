import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AssumeRoleCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import type { STSClient } from "@aws-sdk/client-sts";
import { entry } from "./support/catalogue.ts";
import { callService, catchError, createClient } from "./support/clients.ts";
import type { Creds } from "./support/clients.ts";
import { AKID } from "./support/identities.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

let m: RunningMock;
let sts: STSClient;
before(async () => {
  m = await startMock();
  sts = createClient("sts", m.endpoint, AKID, { clockMs: T0 }) as STSClient;
});
after(async () => {
  sts.destroy();
  await m.close();
});

function asCreds(c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined): Creds {
  return { accessKeyId: c?.AccessKeyId ?? "", secretAccessKey: c?.SecretAccessKey ?? "", sessionToken: c?.SessionToken };
}

describe("createMockServer issuing STS temporary credentials", () => {
  it("issues GetSessionToken credentials that work at once, as the calling user", async () => {
    m.setClock(T0);
    const out = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    assert.match(out.Credentials?.AccessKeyId ?? "", /^ASIA[A-Z2-7]{16}$/);
    assert.equal(out.Credentials?.Expiration?.toISOString(), "2026-03-01T12:15:00.000Z");
    const creds = asCreds(out.Credentials);

    const who = (await callService("sts", m.endpoint, creds, { clockMs: T0 + 60_000 })) as { Arn?: string };
    assert.equal(who.Arn, "arn:aws:iam::123456789012:user/sigfix-example");
    const tables = (await callService("dynamodb", m.endpoint, creds, { clockMs: T0 + 60_000 })) as { TableNames?: string[] };
    assert.deepEqual(tables.TableNames, ["sigfix-example"]);
  });

  it("answers each service's expired-token error (STS, DynamoDB, S3) once the session has ended", async () => {
    m.setClock(T0);
    const creds = asCreds((await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }))).Credentials);
    m.setClock(T0 + 901_000);
    // The clients' clocks follow the server's, so the expiry (not the clock skew) is what fails.
    const ddb = await catchError(callService("dynamodb", m.endpoint, creds, { clockMs: T0 + 901_000 }));
    const st = await catchError(callService("sts", m.endpoint, creds, { clockMs: T0 + 901_000 }));
    const s3 = await catchError(callService("s3", m.endpoint, creds, { clockMs: T0 + 901_000 }));
    const want = (id: string) => ({ name: entry(id).code, status: entry(id).httpStatus, message: entry(id).messageTemplate, attempts: 1 });
    assert.deepEqual(ddb, want("json.ExpiredTokenException"));
    assert.deepEqual(st, want("query.ExpiredToken"));
    assert.deepEqual(s3, want("s3.ExpiredToken"));
  });

  it("issues AssumeRole credentials for the role and session named, which GetCallerIdentity reports", async () => {
    m.setClock(T0);
    const out = await sts.send(
      new AssumeRoleCommand({ RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: "sigfix-test", DurationSeconds: 1800 }),
    );
    assert.equal(out.AssumedRoleUser?.Arn, "arn:aws:sts::123456789012:assumed-role/demo/sigfix-test");
    assert.match(out.AssumedRoleUser?.AssumedRoleId ?? "", /^AROA[A-Z2-7]{17}:sigfix-test$/);
    assert.equal(out.Credentials?.Expiration?.toISOString(), "2026-03-01T12:30:00.000Z");
    const who = (await callService("sts", m.endpoint, asCreds(out.Credentials), { clockMs: T0 })) as { Arn?: string };
    assert.equal(who.Arn, "arn:aws:sts::123456789012:assumed-role/demo/sigfix-test");
  });

  it("defaults GetSessionToken to 12 hours, as STS does", async () => {
    m.setClock(T0);
    const out = await sts.send(new GetSessionTokenCommand({}));
    assert.equal(out.Credentials?.Expiration?.toISOString(), "2026-03-02T00:00:00.000Z");
  });

  it("refuses a DurationSeconds under 900 with STS's validation error", async () => {
    m.setClock(T0);
    const got = await catchError(sts.send(new GetSessionTokenCommand({ DurationSeconds: 899 })));
    assert.deepEqual(got, {
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      attempts: 1,
    });
  });

  it("issues nothing to a caller that fails authentication", async () => {
    m.setClock(T0);
    const before = m.mock.state.identities.length;
    const bad = createClient("sts", m.endpoint, { ...AKID, secretAccessKey: "not-the-secret" }, { clockMs: T0 }) as STSClient;
    try {
      const got = await catchError(bad.send(new GetSessionTokenCommand({})));
      assert.equal(got.name, "SignatureDoesNotMatch");
    } finally {
      bad.destroy();
    }
    assert.equal(m.mock.state.identities.length, before);
  });
});

describe("createMockServer validating STS parameters as STS does", () => {
  it("refuses a RoleSessionName with a slash with STS's exact ValidationError (zalando-stups/aws-credentials-service#7)", async () => {
    m.setClock(T0);
    const got = await catchError(sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: "PowerUser/hjacobs" })));
    assert.deepEqual(got, {
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value 'PowerUser/hjacobs' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      attempts: 1,
    });
  });

  it("answers a NUL in the session name with well-formed XML the SDK parses", async () => {
    m.setClock(T0);
    const got = await catchError(sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: "a\u0000<b>&" })));
    assert.equal((got as { name: string }).name, "ValidationError");
    assert.match((got as { message: string }).message, /^1 validation error detected: Value 'a\uFFFD<b>&' at 'roleSessionName'/);
  });

  it("refuses a role ARN that is not a role's", async () => {
    m.setClock(T0);
    const got = await catchError(sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:s3:::some-bucket-name-here", RoleSessionName: "ok" })));
    assert.deepEqual(got, { name: "ValidationError", status: 400, message: "Request ARN is invalid", attempts: 1 });
  });
});
