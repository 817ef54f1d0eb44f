import { ApiGatewayManagementApiClient, GetConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { KMSClient, ListKeysCommand } from "@aws-sdk/client-kms";
import { LambdaClient, ListFunctionsCommand } from "@aws-sdk/client-lambda";
import { ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { ListSecretsCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { ListQueuesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { ClientOptions, Creds } from "./clients.ts";

/** One JS v3 client per protocol family and more: what each sends, and the call it makes. */
export const REGISTRY_CLIENTS = {
  dynamodb: { protocol: "awsJson1_0", make: (c: object) => new DynamoDBClient(c), call: () => new ListTablesCommand({}) },
  sqs: { protocol: "awsJson1_0", make: (c: object) => new SQSClient(c), call: () => new ListQueuesCommand({}) },
  secretsmanager: { protocol: "awsJson1_1", make: (c: object) => new SecretsManagerClient(c), call: () => new ListSecretsCommand({}) },
  logs: { protocol: "awsJson1_1", make: (c: object) => new CloudWatchLogsClient(c), call: () => new DescribeLogGroupsCommand({}) },
  kms: { protocol: "awsJson1_1", make: (c: object) => new KMSClient(c), call: () => new ListKeysCommand({}) },
  lambda: { protocol: "restJson1", make: (c: object) => new LambdaClient(c), call: () => new ListFunctionsCommand({}) },
  "execute-api": { protocol: "restJson1", make: (c: object) => new ApiGatewayManagementApiClient(c), call: () => new GetConnectionCommand({ ConnectionId: "sigfix-example" }) },
  s3: { protocol: "restXml", make: (c: object) => new S3Client({ ...c, forcePathStyle: true }), call: () => new ListBucketsCommand({}) },
  sts: { protocol: "awsQuery", make: (c: object) => new STSClient(c), call: () => new GetCallerIdentityCommand({}) },
  sns: { protocol: "awsQuery", make: (c: object) => new SNSClient(c), call: () => new ListTopicsCommand({}) },
  ec2: { protocol: "ec2Query", make: (c: object) => new EC2Client(c), call: () => new DescribeRegionsCommand({}) },
} as const;

export type RegistryClientName = keyof typeof REGISTRY_CLIENTS;

/** Calls the service's one operation through its real client, pointed at the endpoint; no retries unless asked. */
export async function callRegistryService(name: RegistryClientName, endpoint: string, credentials: Creds, opts: ClientOptions = {}): Promise<unknown> {
  const entry = REGISTRY_CLIENTS[name];
  const client = entry.make({
    endpoint,
    region: opts.region ?? "us-east-1",
    credentials,
    maxAttempts: opts.maxAttempts ?? 1,
    systemClockOffset: opts.clockMs === undefined ? 0 : opts.clockMs - Date.now(),
  }) as { send(command: unknown): Promise<unknown>; destroy(): void };
  try {
    return await client.send(entry.call());
  } finally {
    client.destroy();
  }
}
