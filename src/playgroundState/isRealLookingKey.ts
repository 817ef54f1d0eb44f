/** AWS key IDs: AKIA (long-term) or ASIA (temporary) and 16 more upper-case letters or digits. */
const KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;

/** True for a key ID shaped like a real AWS one that is not one of the documented examples. */
export function isRealLookingKey(keyId: string, exampleKeyIds: readonly string[]): boolean {
  return KEY_ID.test(keyId) && !exampleKeyIds.includes(keyId) && !keyId.endsWith("EXAMPLE");
}
