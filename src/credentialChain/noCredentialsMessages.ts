// What each SDK prints when no provider yields credentials. Checked against the real SDKs where they run here
// (tests/unit/credentialChain/noCredentialsMessages.test.ts): botocore and the JS SDK v3; Go and Java from source.
import type { SdkId } from "./types.ts";

export const NO_CREDENTIALS_MESSAGES: Record<SdkId, { name: string; message: string; printed: string; source: string }> = {
  botocore: {
    name: "NoCredentialsError",
    message: "Unable to locate credentials",
    printed: "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
    source: "botocore 1.43.11 botocore/exceptions.py, class NoCredentialsError (fmt)",
  },
  "js-v3": {
    name: "CredentialsProviderError",
    message: "Could not load credentials from any providers",
    printed: "CredentialsProviderError: Could not load credentials from any providers",
    source: "@aws-sdk/credential-provider-node 3.972.98 src/defaultProvider.ts, the chain's last link",
  },
  "go-v2": {
    name: "NotModelled",
    message: "not modelled yet",
    printed: "not modelled yet",
    source: "aws-sdk-go-v2",
  },
  "java-v2": {
    name: "NotModelled",
    message: "not modelled yet",
    printed: "not modelled yet",
    source: "aws-sdk-java-v2",
  },
};
