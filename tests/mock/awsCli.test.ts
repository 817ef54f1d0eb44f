import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { entry } from "./support/catalogue.ts";
import { AKID, TEMP_EXPIRED } from "./support/identities.ts";
import { startMockProcess } from "./support/startMockProcess.ts";
import type { MockProcess } from "./support/startMockProcess.ts";
import { awsCliEnv } from "../support/awsCliEnv.ts";

/** The AWS CLI to run: $SIGFIX_AWS_CLI, else `aws` on the PATH (Debian: `apt-get install awscli`). */
function findAwsCli(): string | null {
  if (process.env.SIGFIX_AWS_CLI) return process.env.SIGFIX_AWS_CLI;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "aws"))) return path.join(dir, "aws");
  }
  return null;
}

const cli = findAwsCli();
const skip = cli === null ? "the AWS CLI is not installed (`command -v aws` finds nothing; on Debian: apt-get install awscli)" : false;

/** Runs the CLI with only the given credentials: no profile, no config file (retries as a newcomer has them). */
function aws(args: string[], creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, extraEnv: Record<string, string> = {}) {
  const env = awsCliEnv(creds, extraEnv);
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(cli!, args, { env, timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** AWS_ENDPOINT_URL arrived in AWS CLI 1.29 / 2.13 (botocore 1.31); older CLIs ignore it and call AWS. */
async function supportsEndpointEnv(): Promise<boolean> {
  const v = /aws-cli\/(\d+)\.(\d+)/.exec((await aws(["--version"], AKID)).stdout + (await aws(["--version"], AKID)).stderr);
  if (!v) return false;
  const [major, minor] = [Number(v[1]), Number(v[2])];
  return major === 1 ? minor >= 29 : major === 2 ? minor >= 13 : major > 2;
}

let p: MockProcess;
before(async () => {
  if (!skip) p = await startMockProcess([]);
});
after(async () => {
  if (!skip) await p.stop();
});

describe("scripts/mock-aws.ts with the real AWS CLI", { skip }, () => {
  it("lists DynamoDB tables with the README's example keys", async () => {
    const r = await aws(["dynamodb", "list-tables", "--endpoint-url", p.url, "--output", "json"], AKID);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { TableNames: ["sigfix-example"] });
  });

  it("prints AWS's exact InvalidSignatureException message for a wrong secret", async () => {
    const r = await aws(["dynamodb", "list-tables", "--endpoint-url", p.url], { ...AKID, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX" });
    const message = entry("json.InvalidSignatureException").messageTemplate.replace(/\[optional[^\]]*\]$/, "");
    assert.notEqual(r.code, 0);
    assert.ok(r.stderr.endsWith(`An error occurred (InvalidSignatureException) when calling the ListTables operation: ${message}\n`), r.stderr);
  });

  it("prints ExpiredTokenException for the README's expired temporary credentials", async () => {
    const r = await aws(["dynamodb", "list-tables", "--endpoint-url", p.url], TEMP_EXPIRED);
    const e = entry("json.ExpiredTokenException");
    assert.notEqual(r.code, 0);
    assert.ok(r.stderr.endsWith(`An error occurred (${e.code}) when calling the ListTables operation: ${e.messageTemplate}\n`), r.stderr);
  });

  it("reaches the endpoint through AWS_ENDPOINT_URL when the CLI is recent enough", async (t) => {
    if (!(await supportsEndpointEnv())) return t.skip("this AWS CLI predates AWS_ENDPOINT_URL (needs 1.29+ or 2.13+); use --endpoint-url");
    const r = await aws(["sts", "get-caller-identity", "--output", "json"], AKID, { AWS_ENDPOINT_URL: p.url });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).Arn, "arn:aws:iam::123456789012:user/sigfix-example");
  });
});
