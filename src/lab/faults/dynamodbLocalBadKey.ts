import type { Fault } from "./types.ts";

/** DynamoDB Local 2.x accepts only letters and digits in the access key ID (../shared/reference §9). */
export const dynamodbLocalBadKey: Fault = {
  id: "dynamodb-local-bad-key",
  title: "DynamoDB Local with a dummy key holding a hyphen",
  description: "DynamoDB Local 2.x is given the dummy access key ID `local-dev`; it accepts only letters and digits.",
  apply: (s) => ({ ...s, endpointMode: "dynamodb-local", credentials: { accessKeyId: "local-dev", secretAccessKey: "local-dev-secret" } }),
  notApplicable: (service) => (service === "dynamodb" ? null : "DynamoDB Local emulates DynamoDB only."),
  expected: { dynamodbLocal: "dynamodb-local.UnrecognizedClientException" },
};
