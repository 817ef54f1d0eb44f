// The mock endpoint in this process, on a loopback port; each case is one connection with a deadline.
import { connect } from "node:net";
import { createMockServer } from "../../src/mock/createMockServer.ts";
import { createDefaultWorld } from "../../src/mock/lab.ts";
import type { Case } from "./createHostileCorpus.ts";
import type { TargetReport } from "./report.ts";

const STATUS = /^HTTP\/1\.1 (\d{3}) /;

function send(port: number, bytes: Buffer, deadlineMs: number): Promise<{ text: string; closed: boolean; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString("latin1"), closed, ms: performance.now() - started });
    };
    const timer = setTimeout(() => finish(false), deadlineMs);
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", () => {});
    socket.on("close", () => finish(true));
    socket.end(bytes);
  });
}

export async function fuzzMock(cases: Array<Case<Buffer>>, stopAt: number): Promise<TargetReport> {
  const report: TargetReport = { target: "mock endpoint", tried: new Map(), found: [], notes: [] };
  const mock = createMockServer({ region: "us-east-1", mode: "aws", world: createDefaultWorld(new Date()) });
  const port = Number(new URL(await mock.listen(0, "127.0.0.1")).port);
  const rssBefore = process.memoryUsage().rss;
  let slowest = 0;
  try {
    for (const [i, c] of cases.entries()) {
      if (Date.now() > stopAt) {
        report.notes.push(`time budget reached after ${i} of ${cases.length} cases`);
        break;
      }
      report.tried.set(c.family, (report.tried.get(c.family) ?? 0) + 1);
      const got = await send(port, c.input, 10_000);
      slowest = Math.max(slowest, got.ms);
      const status = STATUS.exec(got.text);
      if (!status) report.found.push(`#${i} ${c.family}: no HTTP answer within 10 s (${got.text.length} bytes back)`);
      else if (Number(status[1]) >= 500) report.found.push(`#${i} ${c.family}: ${status[1]} from the endpoint`);
      if (!got.closed) report.found.push(`#${i} ${c.family}: the connection stayed open after the client half-closed`);
    }
    // Still alive and answering a well-formed request after everything above.
    const alive = await send(port, Buffer.from("GET /?Action=GetCallerIdentity&Version=2011-06-15 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 10_000);
    if (!/^HTTP\/1\.1 403 /.test(alive.text)) report.found.push("the endpoint no longer answers an unsigned GetCallerIdentity with its 403");
  } finally {
    await mock.close();
  }
  report.notes.push(`slowest answer ${slowest.toFixed(0)} ms; RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  return report;
}
