import type { ServiceId } from "../lab/index.ts";

/** How each SDK names a service and its base exception. */
export interface ClientNames {
  /** The model's serviceId: Go v2's ServiceID in "operation error S3: …" and botocore's service_id. */
  serviceId: string;
  /** JS v3's base exception class (every unmodelled error is an instance of it). */
  jsBaseException: string;
  /** Java v2's model package and base exception, and the name in "(Service: …)". */
  javaPackage: string;
  javaBaseException: string;
  javaServiceName: string;
  /** .NET's namespace and base exception class. */
  dotnetNamespace: string;
  dotnetBaseException: string;
}

/**
 * Names as the SDKs generate them. serviceId: botocore `client.meta.service_model.service_id` (1.43.11).
 * JS: @aws-sdk/client-* `models/…ServiceException`. Java: aws/aws-sdk-java-v2 services/<name>/…/model/<Name>Exception,
 * "(Service: DynamoDb, …)" as in AwsServiceException#getMessage. .NET: aws/aws-sdk-net
 * sdk/src/Services/<Folder>/Generated/Amazon<Name>Exception.cs (DynamoDBv2, SecurityToken…).
 */
export const CLIENT_NAMES: Record<ServiceId, ClientNames> = {
  dynamodb: names("DynamoDB", "DynamoDB", "dynamodb", "DynamoDb", "Amazon.DynamoDBv2", "AmazonDynamoDBException"),
  sts: names("STS", "STS", "sts", "Sts", "Amazon.SecurityToken", "AmazonSecurityTokenServiceException"),
  iam: names("IAM", "IAM", "iam", "Iam", "Amazon.IdentityManagement", "AmazonIdentityManagementServiceException"),
  s3: names("S3", "S3", "s3", "S3", "Amazon.S3", "AmazonS3Exception"),
  lambda: names("Lambda", "Lambda", "lambda", "Lambda", "Amazon.Lambda", "AmazonLambdaException"),
  kinesis: names("Kinesis", "Kinesis", "kinesis", "Kinesis", "Amazon.Kinesis", "AmazonKinesisException"),
  kms: names("KMS", "KMS", "kms", "Kms", "Amazon.KeyManagementService", "AmazonKeyManagementServiceException"),
  sqs: names("SQS", "SQS", "sqs", "Sqs", "Amazon.SQS", "AmazonSQSException"),
  ec2: names("EC2", "EC2", "ec2", "Ec2", "Amazon.EC2", "AmazonEC2Exception"),
};

function names(serviceId: string, js: string, javaPkg: string, java: string, dotnetNs: string, dotnet: string): ClientNames {
  return {
    serviceId,
    jsBaseException: `${js}ServiceException`,
    javaPackage: `software.amazon.awssdk.services.${javaPkg}.model`,
    javaBaseException: `${java}Exception`,
    javaServiceName: java,
    dotnetNamespace: dotnetNs,
    dotnetBaseException: dotnet,
  };
}
