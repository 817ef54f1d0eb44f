import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { LambdaClient, ListFunctionsCommand } from "@aws-sdk/client-lambda";
import { GetObjectCommand, ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";

export type ServiceName = "dynamodb" | "sts" | "s3" | "lambda";
export const SERVICE_NAMES: ServiceName[] = ["dynamodb", "sts", "s3", "lambda"];

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ClientOptions {
  region?: string;
  /** The client's clock as epoch ms (its systemClockOffset is set from it); default: the machine's clock. */
  clockMs?: number;
  /** Default 1: a fault must surface, not be retried away. */
  maxAttempts?: number;
}

/** AWS SDK for JavaScript v3 clients pointed at the endpoint, as a reader would configure them. */
export function createClient(service: ServiceName, endpoint: string, credentials: Creds, opts: ClientOptions = {}) {
  const config = {
    endpoint,
    region: opts.region ?? "us-east-1",
    credentials,
    maxAttempts: opts.maxAttempts ?? 1,
    systemClockOffset: opts.clockMs === undefined ? 0 : opts.clockMs - Date.now(),
  };
  switch (service) {
    case "dynamodb":
      return new DynamoDBClient(config);
    case "sts":
      return new STSClient(config);
    case "s3":
      return new S3Client({ ...config, forcePathStyle: true });
    case "lambda":
      return new LambdaClient(config);
  }
}

/** One representative call per service: DynamoDB ListTables, STS GetCallerIdentity, S3 ListBuckets, Lambda ListFunctions. */
export async function callService(service: ServiceName, endpoint: string, credentials: Creds, opts: ClientOptions = {}) {
  const client = createClient(service, endpoint, credentials, opts);
  try {
    switch (service) {
      case "dynamodb":
        return await (client as DynamoDBClient).send(new ListTablesCommand({}));
      case "sts":
        return await (client as STSClient).send(new GetCallerIdentityCommand({}));
      case "s3":
        return await (client as S3Client).send(new ListBucketsCommand({}));
      case "lambda":
        return await (client as LambdaClient).send(new ListFunctionsCommand({}));
    }
  } finally {
    client.destroy();
  }
}

/** S3 GetObject, body read as text. */
export async function getObjectText(endpoint: string, credentials: Creds, opts: ClientOptions = {}): Promise<string> {
  const client = createClient("s3", endpoint, credentials, opts) as S3Client;
  try {
    const r = await client.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: "hello.txt" }));
    return (await r.Body?.transformToString()) ?? "";
  } finally {
    client.destroy();
  }
}

/** What the SDK threw, reduced to what the tests compare. */
export async function catchError(p: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string; attempts: number | undefined }> {
  try {
    await p;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
    return { name: err.name, status: err.$metadata?.httpStatusCode, message: err.message, attempts: err.$metadata?.attempts };
  }
  throw new Error("expected the call to fail, and it succeeded");
}
