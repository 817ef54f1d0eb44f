import { KEY_TYPE_IDENTIFIER } from "../constants.ts";
import { hmacSha256 } from "../crypto/hmacSha256.ts";
import { toHex } from "../crypto/toHex.ts";
import type { SigningTrace } from "../types.ts";

/** The signing key, HMAC-chained from `AWS4` + secret through date, region, service and `aws4_request`; each link as hex. */
export function getSigningKey(
  secret: string,
  shortDate: string,
  region: string,
  service: string,
): { key: Uint8Array; chain: SigningTrace["signingKeyChain"] } {
  const kDate = hmacSha256(`AWS4${secret}`, shortDate);
  const kRegion = hmacSha256(kDate, region);
  const kService = hmacSha256(kRegion, service);
  const kSigning = hmacSha256(kService, KEY_TYPE_IDENTIFIER);
  return {
    key: kSigning,
    chain: { kDate: toHex(kDate), kRegion: toHex(kRegion), kService: toHex(kService), kSigning: toHex(kSigning) },
  };
}
