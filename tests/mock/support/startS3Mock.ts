import { S3Client } from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import { createMockServer } from "../../../src/mock/createMockServer.ts";
import type { MockServer } from "../../../src/mock/createMockServer.ts";
import type { Exchange } from "../../../src/mock/handleExchange.ts";
import type { StoreCaps } from "../../../src/mock/s3Store/createObjectStore.ts";
import { createDefaultWorld } from "../../../src/mock/lab.ts";
import { AKID } from "./identities.ts";

export interface RunningS3Mock {
  endpoint: string;
  port: number;
  mock: MockServer;
  exchanges: Exchange[];
  close(): Promise<void>;
}

/**
 * The endpoint in-process on a free loopback port with the machine's clock, as `npm run mock-aws` runs it, so real
 * clients (the AWS CLI, boto3) that sign with the machine's clock are in time.
 */
export async function startS3Mock(opts: { storeCaps?: StoreCaps } = {}): Promise<RunningS3Mock> {
  const exchanges: Exchange[] = [];
  const mock = createMockServer({ region: "us-east-1", mode: "aws", world: createDefaultWorld(new Date()), onExchange: (e) => exchanges.push(e), ...opts });
  const endpoint = await mock.listen(0, "127.0.0.1");
  return { endpoint, port: Number(new URL(endpoint).port), mock, exchanges, close: () => mock.close() };
}

/** A JS v3 S3 client pointed at the endpoint, path-style unless told otherwise, one attempt (faults must surface). */
export function s3Client(endpoint: string, config: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({ endpoint, region: "us-east-1", credentials: AKID, forcePathStyle: true, maxAttempts: 1, ...config });
}
