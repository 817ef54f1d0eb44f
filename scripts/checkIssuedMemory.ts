// `npm run check-memory [-- --calls N --http N]`: issue 13's memory case as a script (too slow for npm test).
//  1. N (default 10,000) AssumeRole calls with a 1,000,000-character RoleSessionName through the endpoint's STS
//     step (validation, issue, the identity store), in process: what used to keep 1.1 MB per call.
//  2. --http (default 1,000) of the same calls signed and sent over a loopback connection, end to end (each costs
//     the lab's pure-JS SHA-256 of a 1 MB body, 50–300 ms here; `--http 10000` sends all of them, in minutes).
//  3. Fills the 10,000-identity cap with valid calls and compares the issue rate below and at the cap.
// RSS must stay within 64 MiB of its value after warm-up. Exits 1 if it grew or the cap did not hold.
import { request as httpRequest, Agent } from "node:http";
import { parseArgs } from "node:util";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { createMockServer } from "../src/mock/createMockServer.ts";
import { issueTemporaryCredentials } from "../src/mock/issueTemporaryCredentials.ts";
import { createDefaultWorld, MAX_ISSUED_IDENTITIES } from "../src/mock/lab.ts";

const { values } = parseArgs({ options: { calls: { type: "string", default: "10000" }, http: { type: "string", default: "1000" } } });
const calls = Math.max(100, Number(values.calls));
const httpCalls = Math.max(10, Number(values.http));
const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);
const mock = createMockServer({ region: "us-east-1", mode: "aws", world: createDefaultWorld(new Date(T0)), clock: () => T0 });
const base = await mock.listen(0, "127.0.0.1");
const { port } = new URL(base);
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const signer = new SignatureV4({ service: "sts", region: "us-east-1", sha256: Sha256, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } });

async function signedAssumeRole(sessionName: string) {
  const body = new URLSearchParams({ Action: "AssumeRole", Version: "2011-06-15", RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: sessionName }).toString();
  const signed = await signer.sign(
    { method: "POST", protocol: "http:", hostname: `127.0.0.1:${port}`, path: "/", headers: { host: `127.0.0.1:${port}`, "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) }, body },
    { signingDate: new Date(T0) },
  );
  return { headers: signed.headers as Record<string, string>, body };
}

function send(req: { headers: Record<string, string>; body: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/", headers: req.headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    r.on("error", reject);
    r.end(req.body);
  });
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rss = () => {
  gc();
  return process.memoryUsage().rss / 2 ** 20;
};

const hugeName = "a".repeat(1_000_000);
const params = new URLSearchParams({ Action: "AssumeRole", Version: "2011-06-15", RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: hugeName });
const caller = mock.state.identities[0]!;
let warm = 0;
let refused = 0;
let started = performance.now();
for (let i = 0; i < calls; i++) {
  const issued = issueTemporaryCredentials("AssumeRole", params, caller, new Date(T0));
  if (issued.ok) mock.state.issued.add(issued.identity);
  else refused++;
  if (i === 499) warm = rss();
}
const afterSteps = rss();
console.log(`1. ${calls} AssumeRole calls with a 1,000,000-character RoleSessionName through the STS step in ${((performance.now() - started) / 1000).toFixed(1)} s: ${refused} refused with ValidationError, ${mock.state.issued.size} kept`);
console.log(`   RSS after 500 calls ${warm.toFixed(0)} MiB, after ${calls} ${afterSteps.toFixed(0)} MiB (growth ${(afterSteps - warm).toFixed(0)} MiB)`);

const huge = await signedAssumeRole(hugeName);
let statuses = new Map<number, number>();
started = performance.now();
const beforeHttp = rss();
for (let i = 0; i < httpCalls; i++) {
  const status = await send(huge);
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
const afterHttp = rss();
console.log(`2. ${httpCalls} of them signed and sent over loopback in ${((performance.now() - started) / 1000).toFixed(1)} s: statuses ${JSON.stringify(Object.fromEntries(statuses))}; RSS ${beforeHttp.toFixed(0)} → ${afterHttp.toFixed(0)} MiB`);

// Fill the cap and go past it: the oldest issue is forgotten in O(1), so the rate at the cap stays the rate below it.
const httpAll400 = statuses.get(400) === httpCalls;
statuses = new Map();
const valid = await signedAssumeRole("sigfix-memory-check");
const rate = async (n: number) => {
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const status = await send(valid);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return n / ((performance.now() - t) / 1000);
};
const below = await rate(1000);
for (let i = 0; i < MAX_ISSUED_IDENTITIES; i++) await send(valid);
const atCap = await rate(1000);
console.log(`3. issuing: ${below.toFixed(0)} req/s below the cap, ${atCap.toFixed(0)} req/s at the cap of ${MAX_ISSUED_IDENTITIES}; kept ${mock.state.issued.size}`);
const afterCap = rss();
console.log(`   RSS with the cap full: ${afterCap.toFixed(0)} MiB`);

agent.destroy();
await mock.close();
const ok = afterSteps - warm < 64 && afterHttp - beforeHttp < 64 && refused === calls && httpAll400 && mock.state.issued.size === MAX_ISSUED_IDENTITIES;
console.log(ok ? "memory flat: ok" : "memory grew or the cap did not hold: FAILED");
process.exit(ok ? 0 : 1);
