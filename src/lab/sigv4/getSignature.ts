import { hmacSha256 } from "../crypto/hmacSha256.ts";
import { toHex } from "../crypto/toHex.ts";

/** The signature: hex HMAC-SHA256 of the string to sign under the signing key. */
export function getSignature(signingKey: Uint8Array, stringToSign: string): string {
  return toHex(hmacSha256(signingKey, stringToSign));
}
