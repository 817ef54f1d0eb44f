import type { Fault } from "./types.ts";

/** The secret holds slashes, so the Credential gets more than five parts (issue aws/aws-sdk-ruby#1276). */
export const keyAndSecretSwapped: Fault = {
  id: "key-and-secret-swapped",
  title: "Access key ID and secret swapped",
  description: "The access key ID went into the secret's field and the secret into the key's.",
  apply: (s) => ({
    ...s,
    credentials: { ...s.credentials, accessKeyId: s.credentials.secretAccessKey, secretAccessKey: s.credentials.accessKeyId },
  }),
  expected: {
    awsQuery: "incomplete.credential-parts",
    awsJson1_0: "incomplete.credential-parts",
    awsJson1_1: "incomplete.credential-parts",
    restXml: "s3.AuthorizationHeaderMalformed.credential",
  },
};
