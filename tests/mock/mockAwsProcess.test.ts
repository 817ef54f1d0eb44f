import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { checkHttpResponses } from "./support/checkHttpResponses.ts";
import { callService, catchError } from "./support/clients.ts";
import { createFuzzRequests } from "./support/createFuzzRequests.ts";
import { AKID } from "./support/identities.ts";
import { runMockProcess, startMockProcess } from "./support/startMockProcess.ts";
import type { MockProcess } from "./support/startMockProcess.ts";

/** Sends raw bytes on a fresh connection, half-closes, and collects everything until the server closes. */
function exchangeRaw(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer within 10 s"));
    }, 10_000);
    socket.on("data", (d: Buffer) => chunks.push(d));
    socket.on("error", () => {}); // a reset after the answer is fine; the bytes decide
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    socket.end(bytes);
  });
}

let p: MockProcess;
before(async () => (p = await startMockProcess([])));
after(() => p.stop("SIGKILL"));

describe("scripts/mock-aws.ts", () => {
  it("prints one start line with its URL and how to point the CLI and SDKs at it", () => {
    assert.match(p.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(p.banner.includes(`aws --endpoint-url ${p.url}`), p.banner);
    assert.ok(p.banner.includes(`export AWS_ENDPOINT_URL=${p.url}`), p.banner);
  });

  it("answers 1,200 malformed or random requests with well-formed HTTP, never a 5xx, and keeps serving", async () => {
    const port = Number(new URL(p.url).port);
    const cases = createFuzzRequests(20260301, 100);
    assert.ok(cases.length >= 1_000);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const i = next++;
        const c = cases[i]!;
        const got = checkHttpResponses(await exchangeRaw(port, c.bytes), c.bytes.subarray(0, 5).toString("latin1") === "HEAD ");
        if (typeof got === "string") problems.push(`#${i} (${c.family}): ${got}`);
        else for (const s of got) statuses.set(s, (statuses.get(s) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    assert.deepEqual(problems, []);
    assert.deepEqual([...statuses.keys()].filter((s) => s >= 500), [], `statuses: ${JSON.stringify([...statuses])}`);
    assert.equal(p.child.exitCode, null, "the endpoint exited");
    const tables = (await callService("dynamodb", p.url, AKID)) as { TableNames?: string[] };
    assert.deepEqual(tables.TableNames, ["sigfix-example"]);
  });

  it("answers a body above the 1 MiB limit with 413 and keeps serving", async () => {
    const res = await fetch(`${p.url}/sigfix-example/big`, { method: "PUT", body: new Uint8Array(1024 * 1024 + 1) });
    assert.equal(res.status, 413);
    assert.match(await res.text(), /limit of 1048576 bytes/);
    assert.equal(((await callService("sts", p.url, AKID)) as { Account?: string }).Account, "123456789012");
  });

  it("logs one line per request with method, path, access key, verdict and the failed check", async () => {
    await callService("lambda", p.url, { ...AKID, secretAccessKey: "wrong" }).catch(() => {});
    await new Promise((r) => setTimeout(r, 100));
    const line = p.output().trim().split("\n").filter((l) => l.includes("lambda:ListFunctions")).at(-1) ?? "";
    assert.match(line, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ GET \/2015-03-31\/functions\/? lambda:ListFunctions key=AKIDEXAMPLE -> 403 InvalidSignatureException \(failed: signature\)$/);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`shuts down cleanly on ${signal}`, async () => {
      const q = await startMockProcess([]);
      await callService("dynamodb", q.url, AKID);
      assert.equal(await q.stop(signal), 0);
      assert.match(q.output(), new RegExp(`mock-aws stopped \\(${signal}\\)\\.\\n$`));
    });
  }

  it("shifts the server's clock by --clock-offset, so an accurate client gets the skew error", async () => {
    const q = await startMockProcess(["--clock-offset", "1200"]);
    try {
      assert.match(q.banner, /clock \+1200s/);
      const got = await catchError(callService("dynamodb", q.url, AKID));
      assert.equal(got.name, "InvalidSignatureException");
      assert.match(got.message, /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
    } finally {
      await q.stop();
    }
  });

  it("serves the identities of a --world file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sigfix-world-"));
    const file = path.join(dir, "world.json");
    const mine = { accessKeyId: "AKIASIGFIXWORLDFILE1", secretAccessKey: "worldFileSecretKeyEXAMPLE000000000000000" };
    writeFileSync(file, JSON.stringify({ identities: [mine] }));
    const q = await startMockProcess(["--world", file, "--region", "eu-west-1"]);
    try {
      const who = (await callService("sts", q.url, mine, { region: "eu-west-1" })) as { Account?: string };
      assert.equal(who.Account, "123456789012");
    } finally {
      await q.stop();
    }
  });

  it("stops with exit code 2 and names the file when the --world file is missing, not JSON, or not a world", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sigfix-world-"));
    const notJson = path.join(dir, "broken.json");
    const notWorld = path.join(dir, "list.json");
    writeFileSync(notJson, "{ identities: ");
    writeFileSync(notWorld, JSON.stringify({ identities: {} }));
    for (const [file, why] of [[path.join(dir, "absent.json"), /no such file/], [notJson, /JSON/], [notWorld, /`identities` must be an array/]] as const) {
      const r = await runMockProcess(["--port", "0", "--world", file]);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes(file), r.stderr);
      assert.match(r.stderr, why);
    }
  });

  it("stops with exit code 2 and the option's problem on a bad argument", async () => {
    const r = await runMockProcess(["--mode", "localstack"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "mock-aws: `--mode` must be `aws` or `dynamodb-local`; got `localstack`. Run `npm run mock-aws -- --help` for the options.\n");
  });
});
