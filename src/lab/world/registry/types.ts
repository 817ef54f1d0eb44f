import type { ModelProtocol } from "../../types.ts";

/** A sample call that needs no parameters. REST protocols carry the HTTP method and request URI. */
export interface SampleOperation {
  operation: string;
  method?: string;
  path?: string;
  /** No operation of the service runs without input: this one is sent with an empty input (auth is judged first). */
  needsInput?: boolean;
}

/** One service as AWS's model describes it (generated: src/lab/world/registry/serviceTable.generated.ts). */
export interface ServiceRow {
  /** botocore's service name, the AWS CLI command (`secretsmanager`, `logs`, `bedrock-runtime`). */
  id: string;
  /** The model's `serviceId` ("Secrets Manager"). */
  title: string;
  /** The name in the credential scope. */
  signingName: string;
  /** The host label before the region. */
  endpointPrefix: string;
  protocol: ModelProtocol;
  apiVersion: string;
  /** awsJson: the `X-Amz-Target` prefix. */
  targetPrefix?: string;
  /** awsQuery / ec2Query: the response namespace. */
  xmlNamespace?: string;
  /** A partition-wide endpoint (`iam.amazonaws.com`). */
  globalEndpoint?: string;
  /** awsJson service that keeps its query-era error codes (`x-amzn-query-error`; SQS). */
  queryCompatible?: boolean;
  sample?: SampleOperation;
}
