import { KEY_TYPE_IDENTIFIER } from "../constants.ts";
import { hmacSha256 } from "../crypto/hmacSha256.ts";
import { toHex } from "../crypto/toHex.ts";
import type { SigningTrace } from "../types.ts";

type SigningKey = { key: Uint8Array; chain: SigningTrace["signingKeyChain"] };

/**
 * Like @smithy/signature-v4's credentialDerivation, keys are cached: the playground re-verifies on every keystroke
 * with the same secret, date, region and service. The cache is small and its reset is exported for tests.
 */
const MAX_CACHE_SIZE = 50;
const cache = new Map<string, SigningKey>();

export function clearSigningKeyCache(): void {
  cache.clear();
}

/** The signing key, HMAC-chained from `AWS4` + secret through date, region, service and `aws4_request`; each link as hex. */
export function getSigningKey(secret: string, shortDate: string, region: string, service: string): SigningKey {
  const cacheKey = JSON.stringify([secret, shortDate, region, service]);
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const kDate = hmacSha256(`AWS4${secret}`, shortDate);
  const kRegion = hmacSha256(kDate, region);
  const kService = hmacSha256(kRegion, service);
  const kSigning = hmacSha256(kService, KEY_TYPE_IDENTIFIER);
  const result = {
    key: kSigning,
    chain: { kDate: toHex(kDate), kRegion: toHex(kRegion), kService: toHex(kService), kSigning: toHex(kSigning) },
  };
  if (cache.size >= MAX_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, result);
  return result;
}
