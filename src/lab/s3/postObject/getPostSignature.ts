import { getSignature } from "../../sigv4/getSignature.ts";
import { getSigningKey } from "../../sigv4/getSigningKey.ts";
import type { SigningTrace } from "../../types.ts";
import type { PostCredential } from "./checkPostCredential.ts";

/**
 * The SigV4 signature of a browser form upload: the string to sign is the base64 policy field itself, signed with
 * the usual key chain for the credential's date, region and service (S3 API reference, sigv4-UsingHTTPPOST:
 * "Signature = HMAC-SHA256(SigningKey, StringToSign)", StringToSign = the base64-encoded policy).
 */
export function getPostSignature(policyBase64: string, credential: PostCredential): { signature: string; signingKeyChain: SigningTrace["signingKeyChain"] } {
  const { key, chain } = getSigningKey(credential.identity.secretAccessKey, credential.shortDate, credential.region, credential.service);
  return { signature: getSignature(key, policyBase64), signingKeyChain: chain };
}
