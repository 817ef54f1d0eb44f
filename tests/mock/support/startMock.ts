import { createMockServer } from "../../../src/mock/createMockServer.ts";
import type { MockServer } from "../../../src/mock/createMockServer.ts";
import type { Exchange } from "../../../src/mock/handleExchange.ts";
import { createDefaultWorld } from "../../../src/mock/lab.ts";

/** A fixed server clock for reproducible messages: 2026-03-01T12:00:00Z. */
export const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);

export interface RunningMock {
  endpoint: string;
  mock: MockServer;
  /** Every request that reached the lab, in order. */
  exchanges: Exchange[];
  /** Sets the machine clock the server reads (epoch ms); the server clock is this plus its offset. */
  setClock(ms: number): void;
  close(): Promise<void>;
}

/** Starts the endpoint in-process on a free loopback port with a frozen clock at `T0` (movable). */
export async function startMock(opts: { region?: string; mode?: "aws" | "dynamodb-local"; clockOffsetSeconds?: number } = {}): Promise<RunningMock> {
  let now = T0;
  const exchanges: Exchange[] = [];
  const mock = createMockServer({
    region: opts.region ?? "us-east-1",
    mode: opts.mode ?? "aws",
    world: createDefaultWorld(new Date(T0)),
    clockOffsetSeconds: opts.clockOffsetSeconds ?? 0,
    clock: () => now,
    onExchange: (e) => exchanges.push(e),
  });
  const endpoint = await mock.listen(0, "127.0.0.1");
  return { endpoint, mock, exchanges, setClock: (ms) => (now = ms), close: () => mock.close() };
}

/** `yyyyMMddTHHmmssZ`, written out here so expected messages do not come from the lab's own formatter. */
export function basic(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}
