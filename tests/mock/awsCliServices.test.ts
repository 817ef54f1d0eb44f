// The real AWS CLI (botocore's models, the JSON protocol for SQS) against the endpoint, for 25 common services:
// each command succeeds with the default key; for twelve of them, across all six protocols, a wrong secret and a
// clock 20 minutes behind the server print AWS's exact error code and message.
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createMockServer, type MockServer } from "../../src/mock/createMockServer.ts";
import type { Exchange } from "../../src/mock/handleExchange.ts";
import { createDefaultWorld } from "../../src/mock/lab.ts";
import { AKID, TEMP_EXPIRED } from "./support/identities.ts";
import { basic } from "./support/startMock.ts";

function findAwsCli(): string | null {
  if (process.env.SIGFIX_AWS_CLI) return process.env.SIGFIX_AWS_CLI;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, "aws"))) return path.join(dir, "aws");
  return null;
}
const cli = findAwsCli();
const skip = cli === null ? "the AWS CLI is not installed (on Debian: apt-get install awscli)" : false;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}
interface CliJob {
  args: string[];
  env: Record<string, string>;
}

const RUNNER = path.join(import.meta.dirname, "..", "support", "runAwsCli.py");

/** Whether the CLI's Python package imports, so every command can run in one process (tests/support/runAwsCli.py). */
function canImportAwsCli(): boolean {
  return spawnSync("python3", ["-c", "import awscli"], { stdio: "ignore" }).status === 0;
}

/** Runs the jobs in order: in one Python process through the CLI's own entry point, else one `aws` process each. */
async function runCli(jobs: CliJob[]): Promise<CliResult[]> {
  if (canImportAwsCli()) {
    return new Promise((resolve, reject) => {
      const child = execFile("python3", [RUNNER], { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        if (err) return reject(new Error(`runAwsCli.py failed: ${stderr || err.message}`));
        resolve(JSON.parse(stdout) as CliResult[]);
      });
      child.stdin!.end(JSON.stringify(jobs));
    });
  }
  const results: CliResult[] = [];
  for (const job of jobs) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("AWS_")) env[k] = v;
    results.push(
      await new Promise<CliResult>((resolve) => {
        execFile(cli!, job.args, { env: { ...env, ...job.env }, timeout: 60_000 }, (err, stdout, stderr) => {
          resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
        });
      }),
    );
  }
  return results;
}

/** A CLI command with only the given secret: no profile, no config file, no retries. */
function job(args: string[], endpoint: string, secret = AKID.secretAccessKey, extra: Record<string, string> = {}): CliJob {
  return {
    args: [...args, "--endpoint-url", endpoint, "--output", "json"],
    env: {
      AWS_ACCESS_KEY_ID: AKID.accessKeyId,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_CONFIG_FILE: "/nonexistent/sigfix-config",
      AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/sigfix-credentials",
      AWS_PAGER: "",
      AWS_MAX_ATTEMPTS: "1",
      AWS_EC2_METADATA_DISABLED: "true",
      ...extra,
    },
  };
}

interface Running {
  url: string;
  mock: MockServer;
  exchanges: Exchange[];
}
async function start(clockOffsetSeconds: number): Promise<Running> {
  const exchanges: Exchange[] = [];
  const mock = createMockServer({
    region: "us-east-1",
    mode: "aws",
    world: createDefaultWorld(new Date()),
    clockOffsetSeconds,
    onExchange: (e) => exchanges.push(e),
  });
  return { url: await mock.listen(0, "127.0.0.1"), mock, exchanges };
}

let plain: Running;
let ahead: Running;
const WRONG = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX";
let smoke: CliResult[] = [];
let wrong: CliResult[] = [];
let skewed: Array<{ result: CliResult; exchange: Exchange | undefined }> = [];
let sqsIdentity: CliResult[] = [];
before(async () => {
  if (skip) return;
  [plain, ahead] = await Promise.all([start(0), start(20 * 60)]);
  // One batch: the smoke run, then a wrong secret per fault service, then each against the server 20 minutes ahead.
  const results = await runCli([
    ...COMMANDS.map((args) => job(args, plain.url)),
    ...FAULTS.map((f) => job(f.args, plain.url, WRONG)),
    ...FAULTS.map((f) => job(f.args, ahead.url)),
    job(["sqs", "list-queues"], plain.url, AKID.secretAccessKey, { AWS_ACCESS_KEY_ID: "AKIASIGFIXUNKNOWN001" }),
    job(["sqs", "list-queues"], plain.url, TEMP_EXPIRED.secretAccessKey, { AWS_ACCESS_KEY_ID: TEMP_EXPIRED.accessKeyId, AWS_SESSION_TOKEN: TEMP_EXPIRED.sessionToken }),
  ]);
  sqsIdentity = results.slice(COMMANDS.length + 2 * FAULTS.length);
  smoke = results.slice(0, COMMANDS.length);
  wrong = results.slice(COMMANDS.length, COMMANDS.length + FAULTS.length);
  // The skew batch runs in order, one exchange per command on the ahead endpoint.
  skewed = results.slice(COMMANDS.length + FAULTS.length, COMMANDS.length + 2 * FAULTS.length).map((result, i) => ({ result, exchange: ahead.exchanges[i] }));
});
after(async () => {
  if (skip) return;
  await Promise.all([plain.mock.close(), ahead.mock.close()]);
});

/** 25 common services, one read-only command each, as people run them. */
const COMMANDS: string[][] = [
  ["sqs", "list-queues"], ["dynamodb", "list-tables"], ["secretsmanager", "list-secrets"], ["logs", "describe-log-groups"],
  ["kms", "list-keys"], ["kinesis", "list-streams"], ["ecr", "describe-repositories"], ["ecs", "list-clusters"],
  ["stepfunctions", "list-state-machines"], ["ssm", "describe-parameters"], ["events", "list-rules"], ["cloudwatch", "list-metrics"],
  ["lambda", "list-functions"], ["apigateway", "get-rest-apis"], ["eks", "list-clusters"], ["es", "list-domain-names"],
  ["bedrock", "list-foundation-models"], ["s3api", "list-buckets"], ["route53", "list-hosted-zones"], ["cloudfront", "list-distributions"],
  ["sts", "get-caller-identity"], ["sns", "list-topics"], ["iam", "list-users"], ["cloudformation", "list-stacks"], ["ec2", "describe-regions"],
];

const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/** Twelve services across the six protocols: code for a wrong secret, operation, skew window (§5) and skew code. */
const FAULTS: Array<{ args: string[]; protocol: string; operation: string; code: string; window: 5 | 15; skewCode?: string; skewMessage?: string }> = [
  { args: ["sqs", "list-queues"], protocol: "awsJson1_0", operation: "ListQueues", code: "SignatureDoesNotMatch", window: 15 },
  { args: ["dynamodb", "list-tables"], protocol: "awsJson1_0", operation: "ListTables", code: "InvalidSignatureException", window: 15 },
  { args: ["secretsmanager", "list-secrets"], protocol: "awsJson1_1", operation: "ListSecrets", code: "InvalidSignatureException", window: 15 },
  { args: ["logs", "describe-log-groups"], protocol: "awsJson1_1", operation: "DescribeLogGroups", code: "InvalidSignatureException", window: 15 },
  { args: ["kms", "list-keys"], protocol: "awsJson1_1", operation: "ListKeys", code: "InvalidSignatureException", window: 5 },
  { args: ["lambda", "list-functions"], protocol: "restJson1", operation: "ListFunctions", code: "InvalidSignatureException", window: 5 },
  { args: ["apigateway", "get-rest-apis"], protocol: "restJson1", operation: "GetRestApis", code: "InvalidSignatureException", window: 15 },
  { args: ["s3api", "list-buckets"], protocol: "restXml", operation: "ListBuckets", code: "SignatureDoesNotMatch", window: 15, skewCode: "RequestTimeTooSkewed", skewMessage: "The difference between the request time and the current time is too large." },
  { args: ["route53", "list-hosted-zones"], protocol: "restXml", operation: "ListHostedZones", code: "SignatureDoesNotMatch", window: 15 },
  { args: ["sts", "get-caller-identity"], protocol: "awsQuery", operation: "GetCallerIdentity", code: "SignatureDoesNotMatch", window: 15 },
  { args: ["sns", "list-topics"], protocol: "awsQuery", operation: "ListTopics", code: "SignatureDoesNotMatch", window: 15 },
  { args: ["ec2", "describe-regions"], protocol: "ec2Query", operation: "DescribeRegions", code: "SignatureDoesNotMatch", window: 15, skewCode: "RequestExpired", skewMessage: "Request has expired." },
];

/** The last line the CLI prints for a failed call (botocore's ClientError text, §2.6). */
const errorLine = (stderr: string) => stderr.trim().split("\n").at(-1) ?? "";

describe("the real AWS CLI against the endpoint, service by service", { skip }, () => {
  it("covers all six protocols in its fault checks", () => {
    assert.deepEqual(new Set(FAULTS.map((f) => f.protocol)).size, 6);
  });

  it("runs 25 common services' commands with the default key", () => {
    const failed = smoke.map((r, i) => [COMMANDS[i]!.join(" "), r] as const).filter(([, r]) => r.code !== 0).map(([cmd, r]) => `${cmd}: ${errorLine(r.stderr)}`);
    assert.deepEqual(failed, []);
    assert.equal(smoke.length, 25);
  });

  FAULTS.forEach((f, i) => {
    it(`aws ${f.args.join(" ")}: prints ${f.code} and AWS's message for a wrong secret`, () => {
      const r = wrong[i]!;
      assert.notEqual(r.code, 0);
      const prefix = `An error occurred (${f.code}) when calling the ${f.operation} operation: `;
      // SQS's message goes on with its canonical request over several lines.
      if (f.args[0] === "sqs") return assert.ok(r.stderr.includes(`${prefix}${MISMATCH}\n\nThe Canonical String for this request should have been\n'POST\n/\n`), r.stderr);
      const line = errorLine(r.stderr);
      assert.ok(line.startsWith(prefix), line);
      const message = line.slice(prefix.length);
      assert.equal(message, f.args[0] === "s3api" ? "The request signature we calculated does not match the signature you provided. Check your key and signing method." : MISMATCH);
    });

    it(`aws ${f.args.join(" ")}: prints the ${f.window}-minute "Signature expired" message when the server is 20 minutes ahead`, () => {
      const { result: r, exchange } = skewed[i]!;
      assert.notEqual(r.code, 0);
      assert.ok(exchange, "the request reached the endpoint");
      const sent = exchange.request.headers.find((h) => h.name.toLowerCase() === "x-amz-date")?.value ?? "";
      const now = exchange.serverNow.getTime();
      const message = f.skewMessage ?? `Signature expired: ${sent} is now earlier than ${basic(now - f.window * 60_000)} (${basic(now)} - ${f.window} min.)`;
      assert.equal(errorLine(r.stderr), `An error occurred (${f.skewCode ?? f.code}) when calling the ${f.operation} operation: ${message}`);
    });
  });

  // SQS on JSON keeps the query-era codes (argoproj/notifications-engine#382: 403 InvalidClientTokenId over JSON, 2025).
  it("aws sqs list-queues: prints InvalidClientTokenId for an unknown key and ExpiredToken for expired credentials", () => {
    assert.equal(errorLine(sqsIdentity[0]!.stderr), "An error occurred (InvalidClientTokenId) when calling the ListQueues operation: The security token included in the request is invalid.");
    assert.equal(errorLine(sqsIdentity[1]!.stderr), "An error occurred (ExpiredToken) when calling the ListQueues operation: The security token included in the request is expired");
  });
});
