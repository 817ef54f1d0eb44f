// What each SDK prints when no provider yields credentials, on a machine with no keys, no files and no IMDS.
// tests/unit/credentialChain/noCredentialsMessages.test.ts checks botocore, the AWS CLI and the JS SDK v3 by running
// them; Go and Java come from their source and from public captures (cited per entry).
import type { SdkId } from "./types.ts";

export interface NoCredentialsMessage {
  /** The exception (Python class, JS `name`, Go/Java type). */
  name: string;
  /** Its message, exactly. */
  message: string;
  /** What a person sees: the uncaught exception's line, or the tool's output. */
  printed: string;
  /** The AWS CLI's own line for the same situation (botocore only). */
  awsCli?: string;
  /** True where part of the text comes from the network stack and varies (Go's IMDS error tail). */
  approximate?: boolean;
  source: string;
}

export const NO_CREDENTIALS_MESSAGES: Record<SdkId, NoCredentialsMessage> = {
  botocore: {
    name: "NoCredentialsError",
    message: "Unable to locate credentials",
    printed: "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
    awsCli: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
    source: "botocore 1.43.11 botocore/exceptions.py NoCredentialsError.fmt; AWS CLI 1.45.11 run here",
  },
  "js-v3": {
    name: "CredentialsProviderError",
    message: "Could not load credentials from any providers",
    printed: "CredentialsProviderError: Could not load credentials from any providers",
    source: "@aws-sdk/credential-provider-node 3.972.98 src/defaultProvider.ts, the chain's last link",
  },
  "go-v2": {
    name: "OperationError",
    message: "failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded",
    printed:
      "operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded",
    approximate: true,
    source:
      "aws-sdk-go-v2 aws/credential_cache.go (\"failed to refresh cached credentials, %w\"), credentials/ec2rolecreds/provider.go (\"no EC2 IMDS role found, %w\"); capture: https://stackoverflow.com/questions/78036500",
  },
  "java-v2": {
    name: "SdkClientException",
    message:
      "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenCredentialsProvider(): Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set., ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])): Profile file contained no credentials for profile 'default': ProfileFile(sections=[]), ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]",
    printed: "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(…) : […]",
    source:
      "aws-sdk-java-v2 core/auth AwsCredentialsProviderChain.resolveCredentials and DefaultCredentialsProvider; captures: https://github.com/aws/aws-msk-iam-auth/issues/195, https://github.com/aws/eventbridge-kafka-connector/issues/396",
  },
};
