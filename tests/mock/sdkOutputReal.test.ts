import assert from "node:assert/strict";
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createMockServer } from "../../src/mock/createMockServer.ts";
import type { MockServer } from "../../src/mock/createMockServer.ts";
import type { Exchange } from "../../src/mock/handleExchange.ts";
import { createDefaultWorld } from "../../src/mock/lab.ts";
import { getSdkOutputs, toSdkFailure } from "../../src/sdkOutput/index.ts";
import type { SdkId, SdkOutput } from "../../src/sdkOutput/index.ts";
import { REPO_ROOT } from "../support/sharedDir.ts";
import { createClient } from "./support/clients.ts";
import type { Creds, ServiceName } from "./support/clients.ts";
import { AKID, TEMP_EXPIRED } from "./support/identities.ts";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ListBucketsCommand } from "@aws-sdk/client-s3";
import { awsCliEnv } from "../support/awsCliEnv.ts";

// The real clients (JS v3 in-process, botocore in Python, the AWS CLI) call the mock endpoint; each prints or throws
// its own text, and src/sdkOutput must give the same text from the response the lab sent. Expected values are the
// clients' own output, never the engine's.

type Service = Extract<ServiceName, "dynamodb" | "sts" | "s3">;
const SERVICES: Service[] = ["dynamodb", "sts", "s3"];
const OPERATION: Record<Service, string> = { dynamodb: "ListTables", sts: "GetCallerIdentity", s3: "ListBuckets" };
const CLI_ARGS: Record<Service, string[]> = { dynamodb: ["dynamodb", "list-tables"], sts: ["sts", "get-caller-identity"], s3: ["s3api", "list-buckets"] };
const COMMAND: Record<Service, () => unknown> = {
  dynamodb: () => new ListTablesCommand({}),
  sts: () => new GetCallerIdentityCommand({}),
  s3: () => new ListBucketsCommand({}),
};

interface Fault {
  creds: Creds;
  /** The server clock's lead over the machine's, seconds (the client is that far behind). */
  serverAhead: number;
}
const FAULTS: Record<string, Fault> = {
  "a wrong secret": { creds: { ...AKID, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX" }, serverAhead: 0 },
  "an unknown key": { creds: { accessKeyId: "AKIASIGFIXUNKNOWN001", secretAccessKey: AKID.secretAccessKey }, serverAhead: 0 },
  "an expired token": { creds: TEMP_EXPIRED, serverAhead: 0 },
  "a client 20 minutes behind": { creds: AKID, serverAhead: 1200 },
};

function hasBotocore(): boolean {
  try {
    execFileSync("python3", ["-c", "import botocore"], { stdio: "ignore", timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
function findAwsCli(): string | null {
  if (process.env.SIGFIX_AWS_CLI) return process.env.SIGFIX_AWS_CLI;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, "aws"))) return path.join(dir, "aws");
  return null;
}
const skipPython = hasBotocore() ? false : "python3 with botocore is not installed (pip install botocore)";
const cli = findAwsCli();
const skipCli = cli ? false : "the AWS CLI is not installed (`command -v aws` finds nothing; on Debian: apt-get install awscli)";

let mock: MockServer;
let endpoint: string;
const exchanges: Exchange[] = [];
before(async () => {
  mock = createMockServer({ region: "us-east-1", mode: "aws", world: createDefaultWorld(new Date()), onExchange: (e) => exchanges.push(e) });
  endpoint = await mock.listen(0, "127.0.0.1");
});
after(() => mock.close());

/** Runs `calls` with the server clock ahead by `serverAhead` s; returns the exchanges they caused. */
async function withServerAhead<T>(serverAhead: number, calls: () => Promise<T>): Promise<{ result: T; seen: Exchange[] }> {
  mock.state.clockOffsetSeconds = serverAhead;
  const first = exchanges.length;
  try {
    const result = await calls();
    return { result, seen: exchanges.slice(first) };
  } finally {
    mock.state.clockOffsetSeconds = 0;
  }
}

/** The engine's outputs for the answer the lab gave in this exchange. */
function engine(e: Exchange, serverAhead: number): Record<SdkId, SdkOutput> {
  const failure = toSdkFailure({ verdict: e.verdict, response: e.response, operation: e.route.operation }, { service: e.route.service, method: e.request.method, clientSkewSeconds: -serverAhead });
  return Object.fromEntries(getSdkOutputs(failure).map((o) => [o.id, o])) as Record<SdkId, SdkOutput>;
}
const only = (seen: Exchange[], service: Service) => {
  const mine = seen.filter((e) => e.route.service === service);
  assert.equal(mine.length, 1, `one request to ${service}, saw ${mine.length}`);
  return mine[0]!;
};

describe("getSdkOutputs against the real JS v3 clients", () => {
  for (const [fault, f] of Object.entries(FAULTS)) {
    for (const service of SERVICES) {
      it(`gives a ${service} client's exception name, message, class and $metadata for ${fault}`, async () => {
        // One attempt: the error as thrown when nothing retries it away.
        const client = createClient(service, endpoint, f.creds, { maxAttempts: 1 }) as { send(c: unknown): Promise<unknown>; destroy(): void };
        const { result: err, seen } = await withServerAhead(f.serverAhead, async () => {
          try {
            await client.send(COMMAND[service]());
          } catch (e) {
            return e as Error & { $fault: string; $metadata: { httpStatusCode?: number; requestId?: string; extendedRequestId?: string; clockSkewCorrected?: boolean } };
          } finally {
            client.destroy();
          }
          throw new Error("the call succeeded");
        });
        const js = engine(only(seen, service), f.serverAhead)["js-v3"];
        assert.equal(js.text, String(err));
        assert.equal(js.exceptionClass, err.constructor.name);
        const field = (k: string) => js.fields.find(([name]) => name === k)?.[1];
        assert.equal(field("name"), err.name);
        assert.equal(field("$fault"), err.$fault);
        assert.equal(field("$metadata.httpStatusCode"), String(err.$metadata.httpStatusCode));
        assert.equal(field("$metadata.requestId"), err.$metadata.requestId);
        assert.equal(field("$metadata.extendedRequestId"), err.$metadata.extendedRequestId);
        // What the SDK does on its own: it flags a correction exactly when the engine says it retries.
        assert.equal(js.behaviour.retries, err.$metadata.clockSkewCorrected === true || /Signature expired/.test(err.message));
      });
    }
  }

  it("retries a 20-minute skew by itself and succeeds, as the engine's behaviour says, but not a wrong secret", async () => {
    const skewed = createClient("sts", endpoint, AKID, { maxAttempts: 3 }) as { send(c: unknown): Promise<{ $metadata: { attempts?: number } }>; destroy(): void };
    const { result: ok, seen } = await withServerAhead(1200, () => skewed.send(COMMAND.sts()).finally(() => skewed.destroy()));
    assert.equal(ok.$metadata.attempts, 2);
    assert.equal(engine(seen[0]!, 1200)["js-v3"].behaviour.retries, true);
    const wrong = createClient("sts", endpoint, FAULTS["a wrong secret"]!.creds, { maxAttempts: 3 }) as { send(c: unknown): Promise<unknown>; destroy(): void };
    const { result: err, seen: seen2 } = await withServerAhead(0, () => wrong.send(COMMAND.sts()).then(() => null, (e: { $metadata: { attempts?: number } }) => e).finally(() => wrong.destroy()));
    assert.equal(err?.$metadata.attempts, 1);
    assert.equal(engine(seen2[0]!, 0)["js-v3"].behaviour.retries, false);
  });
});

interface BotocoreResult {
  ok?: true;
  text: string;
  class: string;
  code: string;
  status: number;
  retryAttempts: number;
}
function runBotocore(cases: object[]): Promise<BotocoreResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", [path.join(REPO_ROOT, "tests/support/botocoreErrors.py")], { stdio: ["pipe", "pipe", "pipe"], env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent", AWS_EC2_METADATA_DISABLED: "true" } });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`botocoreErrors.py exited ${code}: ${err}`));
      resolve(out.trim().split("\n").map((line) => JSON.parse(line) as BotocoreResult));
    });
    child.stdin.end(JSON.stringify(cases));
  });
}

describe("getSdkOutputs against real botocore", { skip: skipPython }, () => {
  for (const [fault, f] of Object.entries(FAULTS)) {
    it(`gives botocore's ClientError text and class for ${fault} on DynamoDB, STS and S3, and no retry`, async () => {
      const cases = SERVICES.map((service) => ({ service, operation: OPERATION[service], endpoint, region: "us-east-1", ...f.creds }));
      const { result, seen } = await withServerAhead(f.serverAhead, () => runBotocore(cases));
      SERVICES.forEach((service, i) => {
        const real = result[i]!;
        assert.ok(!real.ok, `${service} succeeded`);
        const out = engine(only(seen, service), f.serverAhead).botocore;
        assert.equal(out.text, real.text);
        assert.equal(out.exceptionClass, real.class);
        assert.equal(out.fields[0]![1], real.code);
        // botocore never retries or corrects an authentication error (RetryAttempts 0), as the engine says.
        assert.equal(real.retryAttempts, 0);
        assert.equal(out.behaviour.retries, false);
        assert.equal(out.behaviour.correctsClock, false);
      });
    });
  }
});

function aws(args: string[], creds: Creds): Promise<{ code: number; stderr: string }> {
  const env = awsCliEnv(creds);
  return new Promise((resolve) => {
    execFile(cli!, [...args, "--endpoint-url", endpoint], { env, timeout: 120_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

describe("getSdkOutputs against the real AWS CLI", { skip: skipCli }, () => {
  for (const [fault, f] of Object.entries(FAULTS)) {
    it(`gives the CLI's exact standard error and exit code for ${fault} on DynamoDB, STS and S3`, async () => {
      const { result, seen } = await withServerAhead(f.serverAhead, () => Promise.all(SERVICES.map((s) => aws(CLI_ARGS[s], f.creds))));
      SERVICES.forEach((service, i) => {
        const out = engine(only(seen, service), f.serverAhead)["aws-cli-v1"];
        assert.equal(out.text, result[i]!.stderr);
        assert.equal(out.exitCode, result[i]!.code);
      });
    });
  }
});
