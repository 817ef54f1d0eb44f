import { pass, type Step } from "../types.ts";

/**
 * DynamoDB Local 2.x checks neither signatures nor secrets, only that the access key ID is letters and digits
 * (§9). The key is read from the Authorization header's Credential or from X-Amz-Credential.
 */
export const checkDynamoDbLocalKey: Step = (ctx) => {
  const keyId = ctx.credentialParts?.[0] ?? "";
  if (/^[A-Za-z0-9]+$/.test(keyId)) return pass(`Access key ID \`${keyId}\` is letters and digits; DynamoDB Local checks nothing else.`);
  return {
    passed: false,
    detail: keyId === "" ? "No access key ID found." : `Access key ID \`${keyId}\` contains characters other than A-Z, a-z, 0-9.`,
    kind: "dynamodbLocalKey",
    params: { accessKeyId: keyId },
    summary: keyId === ""
      ? "DynamoDB Local found no access key ID in the request (no SigV4 Credential)."
      : `DynamoDB Local 2.0 and later accept only letters and digits in the access key ID, and \`${keyId}\` has others.`,
    fix: "Use a dummy key made of letters and digits, such as `fakeMyKeyId` (the secret can be anything).",
  };
};
